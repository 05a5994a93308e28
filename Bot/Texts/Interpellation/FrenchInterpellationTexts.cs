using System.Globalization;
using System.Text;
using MissionBot.Interpellation;
using MissionBot.Missions;
using MissionBot.People;

namespace MissionBot.Texts.Interpellation;

/// <summary>French texts: skills, preferences, "/mission me" and "/mission who". Pings, cooptation and waves are in the other parts.</summary>
public sealed partial class FrenchInterpellationTexts(string command) : InterpellationTexts(command)
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    public override string HelpLine(string subcommand) => subcommand switch
    {
        "skills" => $"`{Cmd} skills` : tes compétences (`{Cmd} skills add wordpress, graphisme`, `{Cmd} skills remove graphisme`)",
        "place" => $"`{Cmd} place Lyon` : où tu es, pour les missions près de chez toi",
        "pause" => $"`{Cmd} pause 14j` : ne plus être sollicité·e pendant un temps",
        "resume" => $"`{Cmd} resume` : être de nouveau sollicité·e",
        "stop" => $"`{Cmd} stop` : ne plus jamais être sollicité·e (tu peux toujours te proposer)",
        "limit" => $"`{Cmd} limit 1` : au plus 1 sollicitation par semaine",
        "me" => $"`{Cmd} me` : ton profil, tes sollicitations et tes candidatures",
        "who" => $"`{Cmd} who wordpress, lyon` : qui a cette compétence (pour qui porte une mission)",
        "ping" => $"`{Cmd} ping 12` : écrire en privé aux 5 personnes qui correspondent le mieux à ta mission #12",
        "coopt" => $"`{Cmd} coopt 12 @alice` : demander à des personnes de confiance qui elles recommandent",
        "waves" => $"`{Cmd} waves 12` : où en sont les vagues d'une mission créée avec `vagues: auto` (`{Cmd} waves 12 stop` pour les arrêter)",
        _ => "",
    };

    public override string Usage(string subcommand) => subcommand switch
    {
        "skills" => $"`{Cmd} skills`, `{Cmd} skills add wordpress, graphisme` ou `{Cmd} skills remove graphisme`",
        "place" => $"`{Cmd} place Lyon` (ou `{Cmd} place aucun` pour l'effacer)",
        "pause" => $"`{Cmd} pause 14j` (ou `2w`, `1 mois`, `15/12`)",
        "resume" => $"`{Cmd} resume`",
        "stop" => $"`{Cmd} stop`",
        "limit" => $"`{Cmd} limit 1` (de 0 à {MaxLimit} par semaine)",
        "me" => $"`{Cmd} me`",
        "who" => $"`{Cmd} who wordpress` ou `{Cmd} who wordpress, lyon`",
        "ping" => $"`{Cmd} ping 12` ou `{Cmd} ping 12 3` (combien de personnes)",
        "coopt" => $"`{Cmd} coopt 12` ou `{Cmd} coopt 12 @alice @bob`",
        "waves" => $"`{Cmd} waves 12` ou `{Cmd} waves 12 stop`",
        _ => $"`{Cmd} help`",
    };

    private const int MaxLimit = 20;

    public override string Skills(IReadOnlyList<string> labels) => labels.Count == 0
        ? $"Tu n'as pas encore indiqué de compétences. Ajoute-les pour qu'on pense à toi : `{Cmd} skills add wordpress, graphisme`."
        : $"Tes compétences : {Labels(labels)}. Pour en ajouter : `{Cmd} skills add …` ; pour en retirer : `{Cmd} skills remove …`.";

    public override string SkillsAdded(IReadOnlyList<string> added, IReadOnlyList<string> all) =>
        $"C'est noté : {Labels(added)}. Tes compétences : {Labels(all)}.";

    public override string SkillsAlreadyThere(IReadOnlyList<string> all) =>
        $"Tu les avais déjà indiquées, rien à changer. Tes compétences : {Labels(all)}.";

    public override string SkillsFull(int max) =>
        $"Tu as déjà {max} compétences, c'est le maximum. Retire-en une avec `{Cmd} skills remove …` avant d'en ajouter.";

    public override string SkillsRemoved(IReadOnlyList<string> removed, IReadOnlyList<string> all) =>
        $"C'est retiré : {Labels(removed)}. " + (all.Count == 0 ? "Tu n'as plus de compétences indiquées." : $"Tes compétences : {Labels(all)}.");

    public override string SkillsNotFound(IReadOnlyList<string> typed, IReadOnlyList<string> all) =>
        $"Je ne trouve pas {Labels(typed)} dans tes compétences, rien n'a changé. " +
        (all.Count == 0 ? "Tu n'as pas de compétences indiquées." : $"Tes compétences : {Labels(all)}.");

    public override string SkillsMissing(string usage) => $"Dis-moi quelles compétences, séparées par des virgules. Par exemple : {usage}";

    public override string SkillTooLong(string skill, int max) =>
        $"« {SafeText.Inline(SafeText.Truncate(skill, 40))} » est trop long pour une compétence ({max} caractères au plus). Sépare-les par des virgules. Rien n'a changé.";

    public override string SkillsBadAction(string word, string usage) =>
        $"Je ne sais pas faire « {SafeText.Inline(word)} » avec les compétences. Essaie : {usage}";

    public override string Place(string place) => place.Length == 0
        ? $"Tu n'as pas indiqué de lieu. Par exemple : `{Cmd} place Lyon`."
        : $"Ton lieu : {SafeText.Inline(place)}. Pour le changer : `{Cmd} place …` ; pour l'effacer : `{Cmd} place aucun`.";

    public override string PlaceSet(string place) => $"C'est noté, tu es à {SafeText.Inline(place)}.";

    public override string PlaceCleared() => "C'est effacé : tu n'as plus de lieu indiqué.";

    public override string PlaceTooLong(int max) => $"Ce lieu est trop long ({max} caractères au plus). Rien n'a changé.";

    public override string Paused(DateTime until) =>
        $"C'est noté : je ne te solliciterai pas avant le {Date(until)}. Tu peux toujours te proposer pour une mission. Pour reprendre plus tôt : `{Cmd} resume`.";

    public override string Resumed() => "C'est noté : je peux de nouveau te solliciter quand une mission te correspond. Merci !";

    public override string Stopped() =>
        $"C'est noté : je ne te solliciterai plus jamais. Tu peux toujours te proposer pour une mission (`{Cmd} list`). Si tu changes d'avis : `{Cmd} resume`.";

    public override string LimitSet(int perWeek) => perWeek == 0
        ? $"C'est noté : plus aucune sollicitation. Pour en recevoir de nouveau : `{Cmd} limit 2`."
        : $"C'est noté : au plus {Times(perWeek)} par semaine.";

    public override string BadDuration(string typed, string usage) =>
        $"Je ne comprends pas la durée « {SafeText.Inline(typed)} » (entre 1 jour et 1 an). Par exemple : {usage}";

    public override string BadLimit(string typed, string usage) =>
        $"« {SafeText.Inline(typed)} » n'est pas un nombre de sollicitations par semaine. Par exemple : {usage}";

    public override string Me(MemberOverview overview)
    {
        var me = overview;
        var text = new StringBuilder("**Ton profil**\n");
        text.Append("- Compétences : ").Append(me.Skills.Count == 0 ? $"aucune pour l'instant (`{Cmd} skills add …`)" : Labels(me.Skills)).Append('\n');
        text.Append("- Lieu : ").Append(me.Place.Length == 0 ? "non indiqué" : SafeText.Inline(me.Place)).Append('\n');
        text.Append("- Sollicitations : ");
        if (me.Stopped)
        {
            text.Append($"tu ne veux plus être sollicité·e (`{Cmd} resume` pour revenir)");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"au plus {Times(me.Limit)} par semaine").Append(me.LimitIsDefault ? " (par défaut)" : "");
            if (me.PausedUntil is { } until)
            {
                text.Append(", en pause jusqu'au ").Append(Date(until));
            }
        }
        text.Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"- Sollicité·e {Times(me.PingsLast30Days)} ces 30 derniers jours, {Times(me.PingsLast90Days)} ces 90 derniers jours");
        text.Append(me.RecentPings.Count == 0 ? ".\n" : " :\n");
        foreach (var ping in me.RecentPings)
        {
            text.Append("  - ").Append(Date(ping.At)).Append(" : ").Append(MissionRef(ping.MissionNumber, ping.MissionTitle))
                .Append(" (").Append(KindLabel(ping.Kind)).Append(")\n");
        }
        if (me.Candidacies.Count == 0)
        {
            text.Append($"- Candidatures : aucune pour l'instant (`{Cmd} list` pour voir les missions ouvertes)");
            return text.ToString();
        }
        text.Append("- Candidatures :\n");
        foreach (var c in me.Candidacies)
        {
            text.Append("  - ").Append(MissionRef(c.MissionNumber, c.MissionTitle)).Append(" : ").Append(StatusLabel(c.Status))
                .Append(" (").Append(SourceLabel(c.Source)).Append(")\n");
        }
        return text.ToString().TrimEnd('\n');
    }

    public override string WhoResults(string skill, string place, IReadOnlyList<WhoEntry> shown, int total)
    {
        var text = new StringBuilder($"**Qui sait faire : {SafeText.Inline(skill)}**");
        if (place.Length > 0)
        {
            text.Append(" à ").Append(SafeText.Inline(place));
        }
        text.Append(CultureInfo.InvariantCulture, $" · {People(total)}, activité la plus récente d'abord\n");
        foreach (var entry in shown)
        {
            text.Append("- @").Append(entry.Username).Append(" : ").Append(Evidence(entry));
            if (entry.Place.Length > 0)
            {
                text.Append(" · ").Append(SafeText.Inline(entry.Place));
            }
            if (entry.Stopped)
            {
                text.Append(" · 🔕 ne souhaite plus être sollicité·e");
            }
            text.Append('\n');
        }
        if (total > shown.Count)
        {
            text.Append(CultureInfo.InvariantCulture, $"… et {total - shown.Count} autre(s).\n");
        }
        text.Append($"Pour les solliciter : `{Cmd} ping` et le numéro de ta mission (par exemple `{Cmd} ping 12`).");
        return text.ToString();
    }

    public override string WhoNobody(string skill, string place) =>
        $"Personne n'a encore indiqué « {SafeText.Inline(skill)} »" + (place.Length > 0 ? $" à {SafeText.Inline(place)}" : "") +
        $". Tu peux demander à des personnes de confiance : `{Cmd} coopt 12`.";

    public override string WhoRefused() =>
        $"Cette recherche est réservée aux personnes qui portent une mission. Tu en as une ? `{Cmd} new`";

    public override string WhoMissingSkill(string usage) => $"Quelle compétence cherches-tu ? Par exemple : {usage}";

    public override string NotYourMission(Mission mission) =>
        $"La mission **#{mission.Number}** est portée par @{mission.OwnerUsername} : seule cette personne (ou une coordinatrice, un coordinateur) peut faire ça.";

    public override string BadCount(string typed, int max, string usage) =>
        $"« {SafeText.Inline(typed)} » n'est pas un nombre de personnes entre 1 et {max}. Par exemple : {usage}";

    public override string Date(DateTime date) => date.ToString("dd/MM/yyyy", Fr);

    private static string Evidence(WhoEntry entry)
    {
        var parts = new List<string>();
        if (entry.DeclaredLabel is not null)
        {
            parts.Add("déclarée");
        }
        if (entry.Cooptations > 0)
        {
            parts.Add($"recommandé·e {Times(entry.Cooptations)}");
        }
        if (entry.MissionsDone > 0)
        {
            parts.Add(entry.MissionsDone == 1 ? "1 mission faite" : $"{entry.MissionsDone} missions faites");
        }
        return string.Join(" ; ", parts);
    }

    private static string MissionRef(Mission mission) => MissionRef(mission.Number, mission.Title);

    private static string MissionRef(int number, string title) => $"**#{number}** « {SafeText.Inline(title)} »";

    private static string Labels(IReadOnlyList<string> labels) => Join(labels.Select(SafeText.Inline).ToList());

    private static string Mentions(IReadOnlyList<string> usernames) => Join(usernames.Select(u => "@" + u).ToList());

    /// <summary>Names typed by someone, that may be anything: never turned into mentions.</summary>
    private static string Typed(IReadOnlyList<string> names) => Join(names.Select(n => $"« {SafeText.Inline(n)} »").ToList());

    private static string Join(List<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " et " + items[^1],
    };

    private static string Times(int n) => n == 1 ? "1 fois" : $"{n} fois";

    private static string People(int n) => n <= 1 ? $"{n} personne" : $"{n} personnes";

    private static string KindLabel(PingKind kind) => kind switch
    {
        PingKind.Ping => "sollicitation",
        PingKind.CooptationQuestion => "demande de recommandation",
        PingKind.NomineeInvitation => "recommandation",
        _ => kind.ToString(),
    };

    private static string StatusLabel(CandidacyStatus status) => status switch
    {
        CandidacyStatus.Active => "en cours",
        CandidacyStatus.Withdrawn => "retirée",
        CandidacyStatus.Selected => "retenue",
        CandidacyStatus.Refused => "non retenue",
        _ => status.ToString(),
    };

    private static string SourceLabel(CandidacySource source) => source switch
    {
        CandidacySource.Thread => "réponse dans le fil",
        CandidacySource.Button => "bouton",
        CandidacySource.Command => "commande",
        CandidacySource.Ping => "suite à une sollicitation",
        CandidacySource.Cooptation => "sur recommandation",
        CandidacySource.OpenCall => "appel ouvert",
        _ => source.ToString(),
    };
}
