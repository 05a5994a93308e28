using System.Text;
using MissionBot.Cooptation;
using MissionBot.Missions;

namespace MissionBot.Texts.Interpellation;

/// <summary>French texts: cooptation (trusted people recommend people they trust).</summary>
public sealed partial class FrenchInterpellationTexts
{
    public override string TrustQuestion(Mission mission) =>
        $"👋 Bonjour ! @{mission.OwnerUsername} cherche quelqu'un pour la mission {MissionRef(mission)}{Outline(mission)}.\n" +
        "Tu connais bien le réseau. À qui fais-tu confiance pour ça ? Réponds ici avec des @noms, ou `personne`.\n" +
        "_Je dirai aux personnes que c'est toi qui les recommandes ; ajoute `anonyme` à ta réponse si tu préfères rester discret·e._";

    public override string CooptSummary(CooptReport report)
    {
        var text = new StringBuilder($"**Cooptation pour ta mission {MissionRef(report.Mission)}**\n");
        text.Append(report.Asked.Count == 0
            ? "Je n'ai demandé de recommandations à personne.\n"
            : $"J'ai demandé à {Mentions(report.Asked)} de me recommander des personnes de confiance. Je te préviens des réponses.\n");
        AppendSkipped(text, report.Skipped);
        if (report.Unknown.Count > 0)
        {
            text.Append("Je ne connais pas : ").Append(Typed(report.Unknown)).Append(". Vérifie les noms d'utilisateur.\n");
        }
        return text.ToString().TrimEnd('\n');
    }

    public override string CooptNobodyTrusted(Mission mission) =>
        $"Je ne trouve personne qui ait déjà fait ces missions ou indiqué ces compétences. Nomme des personnes de confiance : `{Cmd} coopt {mission.Number} @alice @bob`.";

    public override string CooptTooManyNames(int max, string usage) =>
        $"C'est beaucoup de monde : {max} noms au plus à la fois. Rien n'a été envoyé. {usage}";

    public override string NomineeInvitation(Mission mission, string? nominator) =>
        "👋 Bonjour ! " + (nominator is null ? "Quelqu'un du réseau" : "@" + nominator) +
        $" te recommande pour la mission {MissionRef(mission)}{Outline(mission)}, portée par @{mission.OwnerUsername}.\n" +
        $"Ça te dit ? Réponds ici `oui` ou `non` (ou `pas maintenant`). Les détails : `{Cmd} show {mission.Number}`.";

    public override string NominationsNoted(IReadOnlyList<string> nominees, IReadOnlyList<string> unknown, bool anonymous)
    {
        var text = nominees.Count == 0 ? "" :
            $"Merci ! Je transmets ta recommandation à {Mentions(nominees)}" + (anonymous ? " sans dire qu'elle vient de toi" : "") +
            ". Je te dirai comment ça se termine.";
        if (unknown.Count > 0)
        {
            text += (text.Length > 0 ? "\n" : "") +
                $"Je ne connais pas : {Typed(unknown)}. Vérifie les noms d'utilisateur et renvoie-les (avec un @), ou réponds `personne`.";
        }
        return text;
    }

    public override string UnknownNamesOnly(IReadOnlyList<string> unknown) =>
        $"Je ne connais pas : {Typed(unknown)}. Vérifie les noms d'utilisateur et renvoie-les (avec un @), ou réponds `personne`.";

    public override string NobodyNoted() => "C'est noté, merci d'avoir pris le temps de répondre !";

    public override string AnonymousNoted() =>
        "Entendu : je ne dirai pas que la recommandation vient de toi. À qui fais-tu confiance ? Réponds avec des @noms, ou `personne`.";

    public override string SelfNomination(Mission mission) =>
        $"Tu peux te proposer toi-même : `{Cmd} join {mission.Number}`.";

    public override string NominatorOutcome(Mission mission, string nominee, bool accepted) => accepted
        ? $"Bonne nouvelle : @{nominee} a accepté ta recommandation pour la mission {MissionRef(mission)}. Merci !"
        : $"@{nominee} a décliné la mission {MissionRef(mission)}. Merci quand même d'avoir pensé à cette personne !";

    public override string OwnerNominations(Mission mission, string nominator, IReadOnlyList<string> nominees) =>
        $"@{nominator} recommande {Mentions(nominees)} pour ta mission {MissionRef(mission)}. Je leur ai proposé la mission ; je te préviens si quelqu'un accepte.";

    public override string OwnerNobodyRecommended(Mission mission, string nominator) =>
        $"@{nominator} ne voit personne à recommander pour ta mission {MissionRef(mission)}.";

    public override string OwnerRecommendedBy(Mission mission, string candidate, IReadOnlyList<string> nominators) =>
        $"@{candidate} vient d'une recommandation de {Mentions(nominators)} (mission **#{mission.Number}**).";
}
