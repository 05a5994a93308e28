using System.Text;
using MissionBot.Cooptation;
using MissionBot.Interpellation;
using MissionBot.Missions;
using MissionBot.Waves;

namespace MissionBot.Texts.Interpellation;

/// <summary>French texts: waves (cooptation, then targeted pings, then an open call).</summary>
public sealed partial class FrenchInterpellationTexts
{
    public override string WaveCooptation(CooptReport report, DateTime nextAt) =>
        $"🌊 **Vague 1 (cooptation)** pour ta mission {MissionRef(report.Mission)} : j'ai demandé à {Mentions(report.Asked)} de me recommander des personnes de confiance.\n" +
        $"Sans candidature d'ici le {When(nextAt)}, je passerai à la vague 2 (sollicitations ciblées). Pour arrêter : `{Cmd} waves {report.Mission.Number} stop`.";

    public override string WaveCooptationNobody(Mission mission) =>
        $"🌊 **Vague 1 (cooptation)** pour ta mission {MissionRef(mission)} : je n'ai trouvé personne de confiance à qui demander, je passe directement à la vague 2.";

    public override string WavePings(PingReport report, DateTime nextAt)
    {
        var text = new StringBuilder($"🌊 **Vague 2 (sollicitations ciblées)** pour ta mission {MissionRef(report.Mission)} : j'ai écrit à {People(report.Asked.Count)} :\n");
        foreach (var asked in report.Asked)
        {
            text.Append("- @").Append(asked.Username).Append(" : ").Append(OwnerReasons(report.Mission, asked)).Append('\n');
        }
        AppendSkipped(text, report.Skipped);
        text.Append($"Sans candidature d'ici le {When(nextAt)}, je publierai un appel ouvert dans le salon (vague 3). Pour arrêter : `{Cmd} waves {report.Mission.Number} stop`.");
        return text.ToString();
    }

    public override string WavePingsNobody(Mission mission) =>
        $"🌊 **Vague 2 (sollicitations ciblées)** pour ta mission {MissionRef(mission)} : personne à solliciter en ce moment, je passe à l'appel ouvert.";

    public override string WaveOpenCall(Mission mission) =>
        $"🌊 **Vague 3 (appel ouvert)** : ta mission {MissionRef(mission)} est maintenant annoncée dans le salon des missions. Les vagues sont terminées.";

    public override string WaveOpenCallFailed(Mission mission) =>
        $"Je n'ai pas réussi à publier l'appel ouvert pour ta mission {MissionRef(mission)} ; je réessaierai un peu plus tard.";

    public override string WavesEnough(Mission mission, int candidates) =>
        $"🌊 Ta mission {MissionRef(mission)} a {(candidates == 1 ? "une candidature" : $"{candidates} candidatures")} : j'arrête les vagues ici. " +
        $"Tu peux toujours solliciter d'autres personnes avec `{Cmd} ping {mission.Number}`.";

    public override string WavesStopped(Mission mission) =>
        $"C'est arrêté : plus de vagues pour la mission **#{mission.Number}**." +
        (mission.AnnouncementPostId.Length == 0 ? " Elle n'est pas annoncée dans le salon ; tu peux toujours solliciter des personnes avec `" + Cmd + $" ping {mission.Number}`." : "");

    public override string WavesStatus(Mission mission, WavePlan plan) => plan.Stage switch
    {
        WaveStage.Cooptation => $"Mission **#{mission.Number}** : vague 1 (cooptation) en cours ; vague 2 le {When(plan.NextAt)}. Pour arrêter : `{Cmd} waves {mission.Number} stop`.",
        WaveStage.Pings => $"Mission **#{mission.Number}** : vague 2 (sollicitations ciblées) en cours ; appel ouvert le {When(plan.NextAt)}. Pour arrêter : `{Cmd} waves {mission.Number} stop`.",
        WaveStage.OpenCall => $"Mission **#{mission.Number}** : les trois vagues sont passées, l'appel ouvert est publié.",
        WaveStage.Finished => $"Mission **#{mission.Number}** : les vagues se sont arrêtées (assez de candidatures, ou mission close).",
        _ => $"Mission **#{mission.Number}** : les vagues ont été arrêtées.",
    };

    public override string WavesNone(Mission mission) =>
        $"La mission **#{mission.Number}** n'a pas de vagues (on les demande à la création avec `| vagues: auto`).";

    private string When(DateTime? at) => at is { } value ? $"{Date(value)} à {value.ToString("HH'h'mm", Fr)} (UTC)" : "?";
}
