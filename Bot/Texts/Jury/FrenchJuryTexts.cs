using System.Globalization;
using System.Text;
using MissionBot.Jury;
using MissionBot.Missions;

namespace MissionBot.Texts.Jury;

public sealed class FrenchJuryTexts(string command) : JuryTexts(command)
{
    public override string HelpLine(string subcommand) => subcommand switch
    {
        "jury" => $"`{Cmd} jury 12 @a @b grille: prix 40, méthode 30, expérience 30` : un jury pour ta mission rémunérée #12 (ni candidat·e ni coopteur·ice d'un·e candidat·e)",
        "anonymous" => $"`{Cmd} anonyme 12` : le jury voit les candidatures sans les noms jusqu'au classement",
        "score" => $"`{Cmd} noter 12 A 4 3 5` (juré·es, en privé) : noter la candidature A de 0 à 5 par critère",
        "results" => $"`{Cmd} classement 12` : le classement du jury",
        _ => "",
    };

    public override string Usage(string subcommand) => subcommand switch
    {
        "jury" => $"`{Cmd} jury 12 @a @b [grille: prix 40, méthode 30, expérience 30] [anonyme]`",
        "anonymous" => $"`{Cmd} anonyme 12`",
        "score" => $"`{Cmd} noter 12 A 4 3 5` ou `{Cmd} noter 12 A prix 4 méthode 3 expérience 5`",
        "results" => $"`{Cmd} classement 12`",
        _ => $"`{Cmd} help`",
    };

    public override string NotAllowed(Mission mission) =>
        $"Seul·e @{mission.OwnerUsername}, qui porte la mission **#{mission.Number}**, ou un·e coordinateur·ice peut composer son jury.";

    public override string NotOpen(Mission mission) =>
        $"La mission **#{mission.Number}** est déjà décidée : le jury n'a plus rien à noter.";

    public override string NotPaid(Mission mission) =>
        $"Le jury est prévu pour les missions rémunérées, et la mission **#{mission.Number}** est bénévole : décide directement avec `{Cmd} select {mission.Number} @bob`.";

    public override string NobodyNamed(int missionNumber) =>
        $"Dis-moi qui fait partie du jury, par exemple : `{Cmd} jury {missionNumber} @alice @bob`.";

    public override string BadGrid(string typed) =>
        $"Je ne comprends pas la grille « {SafeText.Inline(typed)} ». Écris chaque critère suivi de son poids, par exemple : `grille: prix 40, méthode 30, expérience 30`.";

    public override string GridLocked(Mission mission, MissionJury jury) =>
        $"Le jury de la mission **#{mission.Number}** a déjà commencé à noter avec la grille « {SafeText.Inline(JuryGrid.Format(jury.Criteria))} » : on ne la change plus, pour que toutes les notes restent comparables.";

    public override string JuryUpdated(Mission mission, MissionJury jury, IReadOnlyList<string> added, IReadOnlyList<JuryEvent> refused, IReadOnlyList<string> unknown, IReadOnlyList<string> already)
    {
        var text = new StringBuilder($"Jury de la mission **#{mission.Number}** : ");
        text.Append(jury.Jurors.Count == 0 ? "personne pour l'instant." : string.Join(", ", jury.Jurors.Select(j => "@" + j.Username)) + ".");
        text.Append("\nGrille : ").Append(SafeText.Inline(Grid(jury))).Append(jury.Anonymous ? " · vue anonyme (les juré·es ne voient pas les noms avant le classement)" : "");
        if (added.Count > 0)
        {
            text.Append("\nJe viens d'écrire en privé à ").Append(string.Join(", ", added.Select(a => "@" + a))).Append(" pour expliquer comment noter.");
        }
        foreach (var refusedEvent in refused)
        {
            text.Append("\n⛔ ").Append(Describe(refusedEvent)).Append(" : pas de juré·e qui soit aussi candidat·e ou proche d'un·e candidat·e.");
        }
        if (unknown.Count > 0)
        {
            text.Append("\nJe ne trouve personne avec le nom ").Append(string.Join(", ", unknown.Select(u => $"« {SafeText.Inline(u)} »"))).Append(" : vérifie l'orthographe.");
        }
        if (already.Count > 0)
        {
            text.Append("\nDéjà dans le jury : ").Append(string.Join(", ", already.Select(a => "@" + a))).Append('.');
        }
        return text.ToString();
    }

    public override string AnonymousOn(Mission mission, int alreadyInvited) =>
        $"C'est noté : le jury de la mission **#{mission.Number}** verra les candidatures sans les noms (A, B, C…) jusqu'au classement complet." +
        (alreadyInvited > 0 ? $" Attention : {(alreadyInvited == 1 ? "une personne du jury avait" : $"{alreadyInvited} personnes du jury avaient")} déjà reçu la liste avec les noms." : "");

    public override string Invite(Mission mission, MissionJury jury, IReadOnlyList<(string Label, string? Username)> candidacies)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Tu fais partie du jury de la mission **#{mission.Number}** « {SafeText.Inline(mission.Title)} » (portée par @{mission.OwnerUsername}). Merci !\n");
        text.Append("**Grille :** ").Append(SafeText.Inline(Grid(jury))).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"Note chaque candidature de 0 à {JuryGrid.MaxScore} pour chaque critère, ici en privé, dans l'ordre de la grille : ");
        text.Append(CultureInfo.InvariantCulture, $"`noter {mission.Number} A {string.Join(' ', jury.Criteria.Select((_, i) => (3 + (i % 3)).ToString(CultureInfo.InvariantCulture)))}`. Tes notes restent privées ; seul le classement est partagé.\n");
        if (jury.Anonymous)
        {
            text.Append("Les candidatures sont anonymes : tu verras les noms avec le classement, quand toutes les notes seront là.\n");
        }
        text.Append(candidacies.Count == 0 ? "Aucune candidature pour l'instant : je te préviens à chaque nouvelle." : "**Candidatures :**\n" + string.Join("\n", candidacies.Select(Line)));
        return text.ToString();
    }

    public override string NewCandidacy(Mission mission, MissionJury jury, string label, string? username) =>
        $"Nouvelle candidature pour la mission **#{mission.Number}** : **{label}**{(username is null ? "" : $" (@{username})")}. Note-la ici avec `noter {mission.Number} {label} …`.";

    public override string RemovedJuror(Mission mission, JuryEventKind kind) =>
        kind == JuryEventKind.RemovedCandidate
            ? $"Tu t'es proposé·e pour la mission **#{mission.Number}** : tu ne fais donc plus partie de son jury, et tes notes sont retirées. Personne n'est à la fois juge et candidat·e. Bonne chance !"
            : $"Une personne que tu as recommandée s'est proposée pour la mission **#{mission.Number}** : tu ne fais donc plus partie de son jury, et tes notes sont retirées.";

    public override string OwnerJurorRemoved(Mission mission, JuryEvent removed) =>
        $"{Describe(removed)} : retiré·e du jury de ta mission **#{mission.Number}**, ses notes ne comptent plus. Tu peux ajouter quelqu'un d'autre avec `{Cmd} jury {mission.Number} @nom`.";

    public override string NotJuror(Mission mission) =>
        $"Tu ne fais pas partie du jury de la mission **#{mission.Number}**.";

    public override string NoJury(Mission mission) =>
        $"La mission **#{mission.Number}** n'a pas de jury. Pour en composer un : `{Cmd} jury {mission.Number} @alice @bob`.";

    public override string UnknownCandidacy(Mission mission, string typed, IReadOnlyList<string> labels) =>
        $"Je ne trouve pas la candidature « {SafeText.Inline(typed)} » pour la mission **#{mission.Number}**. " +
        (labels.Count == 0 ? "Il n'y en a aucune pour l'instant." : $"Candidatures : {string.Join(", ", labels)}.");

    public override string ScoreHowTo(int missionNumber) =>
        $"Pour noter : `noter {missionNumber} A 4 3 5` (la lettre de la candidature, puis une note de 0 à {JuryGrid.MaxScore} par critère, dans l'ordre de la grille).";

    public override string BadScores(Mission mission, MissionJury jury, string label) =>
        $"Il me faut {jury.Criteria.Count} notes de 0 à {JuryGrid.MaxScore}, une par critère ({SafeText.Inline(string.Join(", ", jury.Criteria.Select(c => c.Name)))}), " +
        $"par exemple : `noter {mission.Number} {label} {string.Join(' ', jury.Criteria.Select(_ => "4"))}`.";

    public override string Scored(Mission mission, MissionJury jury, string label, IReadOnlyList<int> scores, double total, IReadOnlyList<string> remaining) =>
        $"Noté : candidature **{label}** → {OutOf(total, JuryGrid.Total(jury.Criteria))} " +
        $"({SafeText.Inline(string.Join(", ", jury.Criteria.Select((c, i) => $"{c.Name} {scores[i]}/{JuryGrid.MaxScore}")))}). " +
        (remaining.Count == 0 ? "Tu as noté toutes les candidatures, merci !" : $"Reste à noter : {string.Join(", ", remaining)}.");

    public override string Results(Mission mission, MissionJury jury, IReadOnlyList<RankedCandidacy> ranking, bool showNames, IReadOnlyList<(string Username, int Missing)> missing)
    {
        var max = JuryGrid.Total(jury.Criteria);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**Classement du jury · mission #{mission.Number}** « {SafeText.Inline(mission.Title)} »\n");
        text.Append("Grille : ").Append(SafeText.Inline(Grid(jury))).Append(CultureInfo.InvariantCulture, $" · {jury.Jurors.Count} juré·e{(jury.Jurors.Count > 1 ? "s" : "")}\n");
        foreach (var row in ranking)
        {
            var who = showNames && row.Candidacy.Username.Length > 0 ? $" · @{row.Candidacy.Username}" : "";
            if (row.Scorers == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"- **{row.Label}**{who} : pas encore notée\n");
                continue;
            }
            var detail = string.Join(", ", jury.Criteria.Select((c, i) => $"{c.Name} {Points(row.PerCriterion[i])}"));
            text.Append(CultureInfo.InvariantCulture, $"{row.Rank}. **{row.Label}**{who} : {OutOf(row.Total, max)} ({SafeText.Inline(detail)})\n");
        }
        if (missing.Count > 0)
        {
            text.Append("Notes manquantes : ").Append(string.Join(", ", missing.Select(m => $"@{m.Username} ({m.Missing})"))).Append('\n');
            if (!showNames)
            {
                text.Append("Les noms seront dévoilés quand toutes les notes seront là.\n");
            }
        }
        if (jury.Events.Count > 0)
        {
            text.Append("Écarté·es du jury : ").Append(string.Join(" ; ", jury.Events.Select(Describe))).Append('\n');
        }
        text.Append(CultureInfo.InvariantCulture, $"Pour décider : `{Cmd} select {mission.Number} A`.");
        return text.ToString();
    }

    public override string CriteriaLine(MissionJury jury, double total, int rank, int count) =>
        $"Le jury a noté chaque candidature selon la grille « {SafeText.Inline(Grid(jury))} » : la tienne a obtenu {OutOf(total, JuryGrid.Total(jury.Criteria))} " +
        $"({(rank == 1 ? "1re" : $"{rank}e")} sur {count}).";

    private static string Grid(MissionJury jury) => JuryGrid.Format(jury.Criteria);

    private static string Line((string Label, string? Username) candidacy) =>
        candidacy.Username is null ? $"- **{candidacy.Label}**" : $"- **{candidacy.Label}** : @{candidacy.Username}";

    private static string Describe(JuryEvent e) => e.Kind switch
    {
        JuryEventKind.RefusedCandidate => $"@{e.Username} est candidat·e",
        JuryEventKind.RefusedCoopter => $"@{e.Username} a recommandé @{e.CandidateUsername}, candidat·e",
        JuryEventKind.RemovedCandidate => $"@{e.Username} s'est proposé·e comme candidat·e",
        _ => $"@{e.Username} a recommandé @{e.CandidateUsername}, devenu·e candidat·e",
    };
}
