using System.Globalization;
using System.Text;
using MissionBot.Decisions;
using MissionBot.Missions;

namespace MissionBot.Texts.Decisions;

public sealed class FrenchDecisionTexts(string command) : DecisionTexts(command)
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    public override string HelpLine(string subcommand) => subcommand switch
    {
        "select" => $"`{Cmd} select 12 @bob raison: disponibilités` : retenir @bob pour ta mission #12 ; chaque autre candidat·e reçoit une réponse avec la raison",
        "close" => $"`{Cmd} close 12` : clore ta mission sans sélection (chaque candidat·e reçoit une réponse) ; sur une mission pourvue : la marquer comme réalisée",
        "cancel" => $"`{Cmd} cancel 12` : annuler ta mission (chaque candidat·e est prévenu·e)",
        _ => "",
    };

    public override string Usage(string subcommand) => subcommand switch
    {
        "select" => $"`{Cmd} select 12 @bob [@carol] [raison: disponibilités]`",
        "close" => $"`{Cmd} close 12 [raison]` ou `{Cmd} close 12 confirmer`",
        "cancel" => $"`{Cmd} cancel 12 [raison]` ou `{Cmd} cancel 12 confirmer`",
        _ => $"`{Cmd} help`",
    };

    public override string NotAllowed(Mission mission) =>
        $"Seul·e @{mission.OwnerUsername}, qui porte la mission **#{mission.Number}**, son jury ou un·e coordinateur·ice peut décider pour cette mission.";

    public override string NotOpen(Mission mission) =>
        $"La mission **#{mission.Number}** n'est plus ouverte (elle est déjà décidée) : chaque candidat·e a reçu sa réponse.";

    public override string NobodyChosen(int number) =>
        $"Dis-moi qui tu retiens, par exemple : `{Cmd} select {number} @bob`. Pour clore sans sélection : `{Cmd} close {number}`.";

    public override string NotACandidate(Mission mission, string typed, IReadOnlyList<string> candidates) =>
        $"« {SafeText.Inline(typed)} » n'est pas candidat·e pour la mission **#{mission.Number}**. " +
        (candidates.Count == 0 ? "Il n'y a aucune candidature en attente." : $"Candidatures en attente : {Mentions(candidates)}.") +
        " Rien n'a été envoyé.";

    public override string UnknownReason(string typed, IReadOnlyList<RefusalReason> grid) =>
        $"Je ne connais pas la raison « {SafeText.Inline(typed)} ». Choisis-en une dans la grille (numéro ou mot) :\n{Grid(grid)}\nRien n'a été envoyé.";

    public override string ReasonAsked(Mission mission, IReadOnlyList<string> selected, IReadOnlyList<string> waiting, IReadOnlyList<RefusalReason> grid) =>
        $"Avant que j'annonce ta décision pour la mission **#{mission.Number}** « {SafeText.Inline(mission.Title)} » " +
        $"({Mentions(selected)} retenu·e{(selected.Count > 1 ? "s" : "")}) : quelle raison dois-je donner " +
        $"{(waiting.Count == 1 ? "à la personne" : $"aux {waiting.Count} personnes")} non retenue{(waiting.Count > 1 ? "s" : "")} ({Mentions(waiting)}) ?\n" +
        $"{Grid(grid)}\nClique sur une raison, ou réponds ici par son numéro. Rien n'est envoyé tant que tu n'as pas choisi.";

    public override string ConfirmationAsked(Mission mission, DecisionKind kind, IReadOnlyList<string> waiting, RefusalReason defaultReason, IReadOnlyList<RefusalReason> grid) =>
        $"Tu veux {(kind == DecisionKind.Cancel ? "annuler" : "clore")} la mission **#{mission.Number}** « {SafeText.Inline(mission.Title)} », " +
        $"mais {(waiting.Count == 1 ? "une candidature attend" : $"{waiting.Count} candidatures attendent")} encore une réponse ({Mentions(waiting)}). " +
        $"Personne ne doit rester sans réponse : confirme que je leur envoie « {SafeText.Inline(defaultReason.Text)} », ou choisis une autre raison :\n" +
        $"{Grid(grid)}\nRéponds ici « confirmer » ou le numéro d'une raison. Rien n'est envoyé tant que tu n'as pas choisi.";

    public override string AskedPrivately(Mission mission, DecisionKind kind, int waiting, string example) =>
        (kind == DecisionKind.Select
            ? $"Presque fini : {(waiting == 1 ? "une autre personne attend une réponse. Quelle raison lui donner ? " : $"{waiting} autres personnes attendent une réponse. Quelle raison leur donner ? ")}"
            : $"{(waiting == 1 ? "Une candidature attend" : $"{waiting} candidatures attendent")} encore une réponse : confirme la raison à leur donner. ") +
        $"Je te l'ai demandé en message privé, avec la grille des raisons. Tu peux aussi taper : `{example}`. Rien n'a été envoyé pour l'instant.";

    public override string ConfirmButton => "Confirmer";

    public override string ConfirmWord => "confirmer";

    public override string ReasonWord => "raison";

    public override string Decided(Mission mission, IReadOnlyList<string> selected, int others, RefusalReason? reason)
    {
        var text = new StringBuilder();
        text.Append(mission.Status switch
        {
            MissionStatus.Filled => $"C'est fait : {Mentions(selected)} {(selected.Count > 1 ? "sont retenu·es" : "est retenu·e")} pour la mission **#{mission.Number}**, et prévenu·e{(selected.Count > 1 ? "s" : "")} en privé.",
            MissionStatus.Cancelled => $"C'est fait : la mission **#{mission.Number}** est annulée.",
            _ => $"C'est fait : la mission **#{mission.Number}** est close.",
        });
        if (others > 0 && reason is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" {(others == 1 ? "L'autre candidat·e a reçu" : $"Les {others} autres candidat·es ont reçu")} une réponse personnelle (« {SafeText.Inline(reason.Text)} »).");
        }
        text.Append(" L'annonce est à jour. Merci d'avoir répondu à tout le monde !");
        return text.ToString();
    }

    public override string SelectedMessage(Mission mission)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"🎉 Bonne nouvelle : tu es retenu·e pour la mission **#{mission.Number}** « {SafeText.Inline(mission.Title)} » ! ");
        text.Append(CultureInfo.InvariantCulture, $"Prochaine étape : @{mission.OwnerUsername}, qui porte la mission, va te contacter ; tu peux aussi lui écrire directement.");
        if (mission.DueDate is { } due)
        {
            text.Append(CultureInfo.InvariantCulture, $" Échéance : {due.ToString("dd/MM/yyyy", Fr)}.");
        }
        if (mission.ContributionPercent is { } percent)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nCette mission prévoit une contribution au réseau de {percent.ToString("0.##", Fr)} % : une fois versée, note-la avec `{Cmd} contribution {mission.Number} 150€`.");
        }
        else if (mission.ContributionFree)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nCette mission prévoit une contribution libre au réseau (à toi d'évaluer la juste contribution) : note-la avec `{Cmd} contribution {mission.Number} 150€`.");
        }
        return text.ToString();
    }

    public override string NotSelectedMessage(Mission mission, string reason, string? detail)
    {
        var text = new StringBuilder();
        text.Append(mission.Status switch
        {
            MissionStatus.Cancelled => $"La mission **#{mission.Number}** « {SafeText.Inline(mission.Title)} » pour laquelle tu t'étais proposé·e est annulée : {SafeText.Inline(reason)}.",
            MissionStatus.Closed => $"La mission **#{mission.Number}** « {SafeText.Inline(mission.Title)} » pour laquelle tu t'étais proposé·e est close : {SafeText.Inline(reason)}.",
            _ => $"Merci pour ta candidature à la mission **#{mission.Number}** « {SafeText.Inline(mission.Title)} ». Cette fois, elle n'a pas été retenue : {SafeText.Inline(reason)}.",
        });
        if (!string.IsNullOrEmpty(detail))
        {
            text.Append('\n').Append(detail);
        }
        text.Append(CultureInfo.InvariantCulture, $"\nMerci pour ton élan ! D'autres missions t'attendent : `{Cmd} list`.");
        return text.ToString();
    }

    public override string ThreadLine(Mission mission, IReadOnlyList<string> selected, int answered)
    {
        var thanks = answered switch
        {
            0 => "",
            1 => " Merci à la personne qui s'est proposée : elle a reçu une réponse personnelle.",
            _ => $" Merci aux {answered} personnes qui se sont proposées : chacune a reçu une réponse personnelle.",
        };
        return mission.Status switch
        {
            MissionStatus.Filled => $"✅ Mission pourvue : {Mentions(selected)} {(selected.Count > 1 ? "sont retenu·es" : "est retenu·e")}.{thanks}",
            MissionStatus.Cancelled => $"Mission annulée.{thanks}",
            _ => $"Mission close sans sélection.{thanks}",
        };
    }

    public override string OwnerToldOfDecision(Mission mission, string deciderUsername, IReadOnlyList<string> selected) =>
        $"@{deciderUsername} a décidé pour ta mission **#{mission.Number}** « {SafeText.Inline(mission.Title)} » : " +
        (mission.Status == MissionStatus.Filled ? $"{Mentions(selected)} retenu·e{(selected.Count > 1 ? "s" : "")}." : $"mission {(mission.Status == MissionStatus.Cancelled ? "annulée" : "close")}.") +
        " Chaque candidat·e a reçu une réponse.";

    public override string ResponsivenessLine(Responsiveness responsiveness) =>
        responsiveness.MedianDelay is { } delay
            ? $"**Réactivité :** {Percent(responsiveness.Share)} de réponses, en {Delay(delay)}"
            : $"**Réactivité :** {Percent(responsiveness.Share)} de réponses";

    public override string Reminder(Mission mission, IReadOnlyList<string> waiting, int days) =>
        $"Petit rappel : {(waiting.Count == 1 ? "une candidature attend" : $"{waiting.Count} candidatures attendent")} ta réponse depuis plus de {days} jours " +
        $"pour ta mission **#{mission.Number}** « {SafeText.Inline(mission.Title)} » : {Mentions(waiting)}.\n" +
        $"Pour retenir quelqu'un : `{Cmd} select {mission.Number} @{waiting[0]}` ; pour clore sans sélection : `{Cmd} close {mission.Number}`. " +
        "Chaque personne mérite une réponse, même courte 🙂";

    public override string Delay(TimeSpan delay) => delay switch
    {
        { TotalHours: < 1 } => "moins d'une heure",
        { TotalHours: < 1.5 } => "1 heure",
        { TotalDays: < 1 } => $"{Math.Round(delay.TotalHours).ToString(Fr)} heures",
        { TotalDays: < 1.5 } => "1 jour",
        _ => $"{Math.Round(delay.TotalDays).ToString(Fr)} jours",
    };

    public override string Percent(double share) => $"{Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString(Fr)} %";

    private static string Grid(IReadOnlyList<RefusalReason> grid) =>
        string.Join("\n", grid.Select(r => $"{r.Number}. **{SafeText.Inline(r.Label)}** : {SafeText.Inline(r.Text)}"));
}
