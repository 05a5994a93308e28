using System.Globalization;
using System.Text;
using MissionBot.Commands;
using MissionBot.Missions;

namespace MissionBot.Texts;

public sealed class FrenchTexts(string command) : BotTexts(command)
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    public override string LanguageCode => "fr";

    public override string Help(IEnumerable<string> lines) =>
        "**MissionBot : les missions du réseau**\n" + string.Join("\n", lines.Select(l => "- " + l)) +
        $"\n- `{Cmd} help` : cette aide";

    public override string HelpLine(string subcommand) => subcommand switch
    {
        "list" => $"`{Cmd} list` : les missions ouvertes",
        "show" => $"`{Cmd} show 12` : le détail de la mission #12",
        "join" => $"`{Cmd} join 12` : te proposer pour la mission #12 (ou réponds « je me propose » dans son fil)",
        "leave" => $"`{Cmd} leave 12` : retirer ta candidature",
        "new" => $"`{Cmd} new` : proposer une mission (formulaire), ou en une ligne :\n  `{Cmd} new Titre | description | compétences: wordpress, graphisme | échéance: 2026-12-15 | lieu: Lyon | bénévole | porte d'entrée`",
        _ => "",
    };

    public override string Usage(string subcommand) => subcommand switch
    {
        "new" => $"`{Cmd} new Titre | description | compétences: a, b | échéance: 2026-12-15 | lieu: Lyon | bénévole | porte d'entrée` (seul le titre est obligatoire ; une mission `rémunérée` peut ajouter `contribution: 5%` ou `contribution: libre`)",
        "join" => $"`{Cmd} join 12`",
        "leave" => $"`{Cmd} leave 12`",
        "show" => $"`{Cmd} show 12`",
        "list" => $"`{Cmd} list`",
        _ => $"`{Cmd} help`",
    };

    public override string Error(CommandError error, string usage) => error.Kind switch
    {
        CommandErrorKind.UnknownSubcommand =>
            $"Je ne connais pas la commande « {SafeText.Inline(error.Detail)} ». Tape `{Cmd} help` pour voir ce que je sais faire.",
        CommandErrorKind.MissingMissionNumber =>
            $"Il me manque le numéro de la mission. Par exemple : {usage}",
        CommandErrorKind.BadMissionNumber =>
            $"« {SafeText.Inline(error.Detail)} » n'est pas un numéro de mission. Par exemple : {usage}",
        CommandErrorKind.EmptyTitle =>
            $"Ta mission a besoin d'un titre. Par exemple : {usage}",
        CommandErrorKind.TitleTooLong =>
            $"Le titre est trop long ({error.Detail} caractères au plus) : garde-le court et mets le reste dans la description. {usage}",
        CommandErrorKind.BadDate =>
            $"Je ne comprends pas la date « {SafeText.Inline(error.Detail)} ». Écris-la comme 2026-12-15 ou 15/12/2026. {usage}",
        CommandErrorKind.DateInPast =>
            $"L'échéance {error.Detail} est déjà passée : choisis une date à venir. {usage}",
        CommandErrorKind.TooLong =>
            CommandTooLong(int.Parse(error.Detail, CultureInfo.InvariantCulture)),
        CommandErrorKind.BadWaves =>
            $"Je ne comprends pas « vagues: {SafeText.Inline(error.Detail)} ». Écris `vagues: auto` pour proposer la mission d'abord de façon ciblée. {usage}",
        CommandErrorKind.UnexpectedText =>
            $"Cette commande ne prend pas de texte en plus. Tape simplement {usage}",
        CommandErrorKind.BadContribution =>
            $"Je ne comprends pas la contribution « {SafeText.Inline(error.Detail)} ». Écris par exemple `contribution: 5%` ou `contribution: libre`. {usage}",
        CommandErrorKind.ContributionNeedsPaid =>
            $"La contribution au réseau concerne les missions rémunérées : ajoute `rémunérée` à ta mission, ou enlève la contribution. {usage}",
        _ => $"Je n'ai pas compris. Tape `{Cmd} help` pour l'aide.",
    };

    public override string CommandTooLong(int max) =>
        $"Ton message est trop long pour la messagerie ({max} caractères au plus). Raccourcis la description et réessaie.";

    public override string DirectMessageNotUnderstood() =>
        $"Je n'ai pas compris. Tu peux m'écrire une commande ici, par exemple `list`, `show 12` ou `help`.";

    public override string WorkingOnIt() => "Je m'en occupe…";

    public override string SomethingWentWrong() =>
        "Oups, quelque chose s'est mal passé de mon côté et rien n'a été enregistré. Réessaie dans un instant.";

    public override string ActionNotRecognised() =>
        $"Je ne reconnais pas ce bouton ou ce formulaire, alors je n'ai rien fait. Tape `{Cmd} help` pour voir les commandes.";

    public override string Announcement(Mission mission, int candidates)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"#### 📣 Mission #{mission.Number} · {SafeText.Inline(mission.Title)}\n");
        if (mission.Description.Length > 0)
        {
            text.Append(SafeText.Block(mission.Description)).Append("\n\n");
        }
        if (mission.Skills.Count > 0)
        {
            text.Append("**Compétences :** ").Append(SafeText.Inline(string.Join(", ", mission.Skills))).Append('\n');
        }
        if (mission.DueDate is { } due)
        {
            text.Append("**Échéance :** ").Append(Date(due)).Append('\n');
        }
        if (mission.Place.Length > 0)
        {
            text.Append("**Lieu :** ").Append(SafeText.Inline(mission.Place)).Append('\n');
        }
        text.Append(mission.Paid ? "**Rémunérée**" : "**Bénévole**");
        if (mission.EntryDoor)
        {
            text.Append(" · 🚪 **Porte d'entrée** : idéale pour une première mission dans le réseau");
        }
        text.Append('\n');
        text.Append("**Proposée par :** @").Append(mission.OwnerUsername).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"**Candidatures :** {candidates}\n");
        if (!mission.IsOpen)
        {
            text.Append("**Statut :** ").Append(StatusLabel(mission.Status)).Append('\n');
            return text.ToString();
        }
        text.Append(CultureInfo.InvariantCulture,
            $"\n👉 Pour te proposer : réponds « je me propose » dans ce fil, clique sur **{JoinButton}** ou tape `{Cmd} join {mission.Number}`.");
        return text.ToString();
    }

    public override string JoinButton => "Je me propose";

    public override string StatusLabel(MissionStatus status) => status switch
    {
        MissionStatus.Open => "ouverte",
        MissionStatus.Filled => "pourvue",
        MissionStatus.Closed => "close",
        MissionStatus.Cancelled => "annulée",
        _ => status.ToString(),
    };

    public override string MissionPosted(Mission mission) => mission.Waves
        ? $"C'est enregistré ! Ta mission **#{mission.Number}** « {SafeText.Inline(mission.Title)} » sera d'abord proposée de façon ciblée " +
          $"(cooptation, puis sollicitations), puis en appel ouvert si besoin. Je te tiens au courant en privé à chaque étape."
        : $"C'est publié ! Ta mission **#{mission.Number}** « {SafeText.Inline(mission.Title)} » est annoncée. " +
        $"Je te préviens en privé à chaque candidature. Pour la revoir : `{Cmd} show {mission.Number}`.";

    public override string MissionNotPosted() =>
        "Je n'ai pas réussi à publier l'annonce (le salon des missions est-il accessible au bot ?). Rien n'a été enregistré : réessaie dans un instant.";

    public override string FormOpened() => "Le formulaire de mission est ouvert.";

    public override string FormUnavailable() =>
        $"Je n'ai pas pu ouvrir le formulaire. Tu peux proposer ta mission en une ligne : {Usage("new")}";

    public override MissionFormLabels FormLabels { get; } = new(
        DialogTitle: "Nouvelle mission",
        Submit: "Publier",
        Title: "Titre",
        Description: "Description",
        Skills: "Compétences",
        SkillsHelp: "Séparées par des virgules : wordpress, graphisme",
        DueDate: "Échéance",
        DueDateHelp: "Par exemple 2026-12-15 ou 15/12/2026",
        Place: "Lieu",
        Paid: "Rémunérée",
        PaidHelp: "Cocher si la mission est rémunérée (sinon bénévole)",
        EntryDoor: "Porte d'entrée",
        EntryDoorHelp: "Petite mission idéale pour accueillir une personne nouvelle dans le réseau");

    public override string VolunteerAcknowledged(Mission mission) =>
        $"Merci ! Ta candidature pour la mission **#{mission.Number}** « {SafeText.Inline(mission.Title)} » est bien enregistrée. " +
        $"@{mission.OwnerUsername}, qui porte la mission, est prévenu·e et te répondra. " +
        $"Tu peux te retirer à tout moment avec `{Cmd} leave {mission.Number}`.";

    public override string OwnerNewCandidate(Mission mission, string candidateUsername, CandidacySource source, int candidates) =>
        $"Nouvelle candidature pour ta mission **#{mission.Number}** « {SafeText.Inline(mission.Title)} » : @{candidateUsername} ({SourceLabel(source)}). " +
        $"{Count(candidates)} en tout. Pense à répondre à chaque personne.";

    public override string AlreadyCandidate(Mission mission) =>
        $"Tu es déjà candidat·e pour la mission **#{mission.Number}** : c'est bien noté, rien à refaire.";

    public override string OwnerCannotVolunteer(Mission mission) =>
        $"Tu portes la mission **#{mission.Number}** : tu ne peux pas t'y proposer toi-même (personne n'est à la fois candidat·e et juge).";

    public override string Withdrawn(Mission mission) =>
        $"C'est noté : ta candidature pour la mission **#{mission.Number}** est retirée. Merci de l'avoir signalé !";

    public override string OwnerCandidateWithdrew(Mission mission, string candidateUsername, int candidates) =>
        $"@{candidateUsername} a retiré sa candidature pour ta mission **#{mission.Number}** « {SafeText.Inline(mission.Title)} ». {Count(candidates)} restante{(candidates > 1 ? "s" : "")}.";

    public override string NotCandidate(Mission mission) =>
        $"Tu n'es pas candidat·e pour la mission **#{mission.Number}**, il n'y a rien à retirer. Pour te proposer : `{Cmd} join {mission.Number}`.";

    public override string MissionNotFound(int number) =>
        $"Je ne trouve pas de mission **#{number}**. Tape `{Cmd} list` pour voir les missions ouvertes.";

    public override string MissionNotOpen(Mission mission) =>
        $"La mission **#{mission.Number}** n'est plus ouverte ({StatusLabel(mission.Status)}). Tape `{Cmd} list` pour voir celles qui le sont.";

    public override string OpenMissions(IReadOnlyList<Mission> missions, int openCount)
    {
        var text = new StringBuilder(missions.Count < openCount
            ? string.Create(CultureInfo.InvariantCulture, $"**Missions ouvertes : les {missions.Count} plus récentes sur {openCount}**\n")
            : "**Missions ouvertes**\n");
        foreach (var m in missions)
        {
            text.Append(CultureInfo.InvariantCulture, $"- **#{m.Number}** {SafeText.Inline(m.Title)}");
            if (m.Skills.Count > 0)
            {
                text.Append(" · ").Append(SafeText.Inline(string.Join(", ", m.Skills)));
            }
            if (m.DueDate is { } due)
            {
                text.Append(" · avant le ").Append(Date(due));
            }
            if (m.EntryDoor)
            {
                text.Append(" · 🚪 porte d'entrée");
            }
            text.Append('\n');
        }
        // The example uses a real number from the list, so it can be typed as is.
        var example = missions.Count > 0 ? missions[0].Number : 12;
        text.Append(CultureInfo.InvariantCulture, $"Pour en savoir plus : `{Cmd} show {example}` ; pour te proposer : `{Cmd} join {example}`.");
        return text.ToString();
    }

    public override string NoOpenMissions() =>
        $"Aucune mission ouverte pour le moment. Tu en as une à proposer ? `{Cmd} new`";

    public override string MissionDetails(Mission mission, int candidates, bool viewerIsCandidate)
    {
        var text = Announcement(mission, candidates);
        return viewerIsCandidate ? text + "\n✅ Tu es candidat·e pour cette mission." : text;
    }

    public override string Date(DateTime date) => date.ToString("dd/MM/yyyy", Fr);

    private static string SourceLabel(CandidacySource source) => source switch
    {
        CandidacySource.Thread => "réponse dans le fil",
        CandidacySource.Button => "bouton",
        CandidacySource.Command => "commande",
        CandidacySource.Ping => "suite à une sollicitation",
        CandidacySource.Cooptation => "cooptation",
        CandidacySource.OpenCall => "appel ouvert",
        _ => source.ToString(),
    };

    private static string Count(int candidates) => candidates <= 1 ? $"{candidates} candidature" : $"{candidates} candidatures";
}
