using System.Globalization;
using System.Text;
using MissionBot.Interpellation;
using MissionBot.Missions;

namespace MissionBot.Texts.Interpellation;

/// <summary>French texts: targeted pings and the answers to the bot's questions.</summary>
public sealed partial class FrenchInterpellationTexts
{
    public override string PingInvitation(Mission mission, RankedMember why) =>
        $"👋 Bonjour ! @{mission.OwnerUsername} cherche quelqu'un pour la mission {MissionRef(mission)}{Outline(mission)}.\n" +
        $"Je pense à toi parce que {Reasons(mission, why)}.\n" +
        $"Ça te dit ? Réponds ici `oui`, `non` ou `pas maintenant`. Les détails : `{Cmd} show {mission.Number}`.\n" +
        $"_Tu préfères ne plus être sollicité·e ? Réponds `stop`._";

    public override string PingSummary(PingReport report)
    {
        var text = new StringBuilder($"**Sollicitations pour ta mission {MissionRef(report.Mission)}**\n");
        if (report.Asked.Count == 0)
        {
            text.Append(report.PoolSize == 0
                ? $"Personne dans le réseau n'a encore indiqué ces compétences. Tu peux demander des recommandations : `{Cmd} coopt {report.Mission.Number}`.\n"
                : "Je n'ai écrit à personne : les personnes qui correspondent ne peuvent pas être sollicitées en ce moment.\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"J'ai écrit en privé à {People(report.Asked.Count)} :\n");
            foreach (var asked in report.Asked)
            {
                text.Append("- @").Append(asked.Username).Append(" : ").Append(OwnerReasons(report.Mission, asked)).Append('\n');
            }
        }
        AppendSkipped(text, report.Skipped);
        if (report.Asked.Count > 0)
        {
            text.Append("Je te préviens dès que quelqu'un répond oui.");
        }
        return text.ToString().TrimEnd('\n');
    }

    public override string AnswerNo(Mission mission) =>
        $"C'est noté, merci d'avoir répondu ! Je ne te reparlerai pas de la mission **#{mission.Number}**.";

    public override string AnswerNotNow(DateTime until) =>
        $"Pas de souci : je ne te solliciterai pas avant le {Date(until)}. Tu peux toujours te proposer quand tu veux (`{Cmd} list`).";

    public override string AnswerStop() =>
        $"C'est noté : je ne te solliciterai plus jamais. Tu peux toujours te proposer pour une mission (`{Cmd} list`). Si tu changes d'avis : `{Cmd} resume`.";

    public override string WhichQuestion(IReadOnlyList<QuestionLine> open, bool names)
    {
        var example = open[0].MissionNumber;
        return $"Je t'ai posé plusieurs questions, pour laquelle est-ce ?\n{Questions(open)}\n" +
            (names ? $"Réponds avec le numéro, par exemple `{example} @alice`." : $"Réponds avec le numéro, par exemple `oui {example}` ou `non {example}`.");
    }

    public override string NoQuestionForMission(int number, IReadOnlyList<QuestionLine> open) =>
        $"Je ne t'ai rien demandé pour la mission **#{number}**. Mes questions en cours :\n{Questions(open)}";

    public override string AnswerNotUnderstood(IReadOnlyList<QuestionLine> open) =>
        $"Je n'ai pas compris ta réponse. Mes questions en cours :\n{Questions(open)}\n" +
        $"Pour une mission : `oui`, `non` ou `pas maintenant` ; pour une recommandation : des @noms ou `personne`. " +
        $"(Tu peux aussi m'écrire une commande, par exemple `help`.)";

    public override string TrustQuestionWantsNames(Mission mission) =>
        $"Pour la mission **#{mission.Number}**, je te demandais à qui tu fais confiance : réponds avec des @noms, ou `personne`.";

    public override string InvitationWantsYesNo(Mission mission) =>
        $"Pour la mission **#{mission.Number}**, réponds `oui`, `non` ou `pas maintenant`.";

    private static string Reasons(Mission mission, RankedMember why)
    {
        var reasons = new List<string>();
        if (why.DeclaredLabels.Count > 0)
        {
            reasons.Add($"tu as indiqué {Labels(why.DeclaredLabels)}");
        }
        if (why.Facts.Cooptations > 0)
        {
            reasons.Add("on t'a recommandé·e pour ces compétences");
        }
        if (why.Facts.MissionsDone > 0)
        {
            reasons.Add(why.Facts.MissionsDone == 1 ? "tu as déjà fait une mission avec ces compétences" : $"tu as déjà fait {why.Facts.MissionsDone} missions avec ces compétences");
        }
        if (why.Facts.PlaceMatch)
        {
            reasons.Add($"tu es à {SafeText.Inline(mission.Place)}");
        }
        if (mission.EntryDoor && why.Facts.Newcomer)
        {
            reasons.Add("c'est une mission « porte d'entrée », idéale pour une première mission dans le réseau");
        }
        return reasons.Count switch
        {
            0 => "tu fais partie du réseau et on ne t'a pas sollicité·e récemment",
            1 => reasons[0],
            _ => string.Join(", ", reasons.Take(reasons.Count - 1)) + ", et " + reasons[^1],
        };
    }

    private static string OwnerReasons(Mission mission, RankedMember asked)
    {
        var reasons = new List<string>();
        if (asked.DeclaredLabels.Count > 0)
        {
            reasons.Add($"a indiqué {Labels(asked.DeclaredLabels)}");
        }
        if (asked.Facts.Cooptations > 0)
        {
            reasons.Add($"recommandé·e {Times(asked.Facts.Cooptations)}");
        }
        if (asked.Facts.MissionsDone > 0)
        {
            reasons.Add(asked.Facts.MissionsDone == 1 ? "1 mission faite" : $"{asked.Facts.MissionsDone} missions faites");
        }
        if (asked.Facts.PlaceMatch)
        {
            reasons.Add("sur place");
        }
        if (mission.EntryDoor && asked.Facts.Newcomer)
        {
            reasons.Add("nouvelle personne");
        }
        if (asked.Facts.RecentPings == 0)
        {
            reasons.Add("pas sollicité·e ces 30 derniers jours");
        }
        return string.Join(" ; ", reasons);
    }

    private void AppendSkipped(StringBuilder text, IReadOnlyList<SkippedMember> skipped)
    {
        if (skipped.Count == 0)
        {
            return;
        }
        text.Append("Pas sollicité·es :\n");
        foreach (var s in skipped.Take(10))
        {
            text.Append("- @").Append(s.Username).Append(" : ").Append(SkipLabel(s)).Append('\n');
        }
        if (skipped.Count > 10)
        {
            text.Append(CultureInfo.InvariantCulture, $"- … et {skipped.Count - 10} autre(s)\n");
        }
    }

    private string SkipLabel(SkippedMember skipped) => skipped.Reason switch
    {
        SkipReason.Stopped => "ne souhaite plus être sollicité·e",
        SkipReason.Paused => skipped.PausedUntil is { } until ? $"en pause jusqu'au {Date(until)}" : "en pause",
        SkipReason.Capped => "a déjà reçu assez de sollicitations cette semaine",
        SkipReason.AlreadyAsked => "déjà sollicité·e pour cette mission",
        SkipReason.AlreadyCandidate => "déjà candidat·e",
        SkipReason.Owner => "porte la mission",
        SkipReason.Unreachable => "message impossible à envoyer",
        _ => skipped.Reason.ToString(),
    };

    private string Outline(Mission mission)
    {
        var parts = new List<string>();
        if (mission.Skills.Count > 0)
        {
            parts.Add(SafeText.Inline(string.Join(", ", mission.Skills)));
        }
        if (mission.Place.Length > 0)
        {
            parts.Add(SafeText.Inline(mission.Place));
        }
        if (mission.DueDate is { } due)
        {
            parts.Add("avant le " + Date(due));
        }
        parts.Add(mission.Paid ? "rémunérée" : "bénévole");
        return " (" + string.Join(" · ", parts) + ")";
    }

    private static string Questions(IReadOnlyList<QuestionLine> open) =>
        string.Join("\n", open.Select(q => $"- {MissionRef(q.MissionNumber, q.MissionTitle)} : " + (q.Kind == PingKind.CooptationQuestion
            ? "à qui fais-tu confiance ? (des @noms ou `personne`)"
            : "es-tu partant·e ? (`oui`, `non` ou `pas maintenant`)")));
}
