using System.Globalization;
using MissionBot.Missions;

namespace MissionBot.Texts.FollowUp;

public sealed class FrenchFollowUpTexts(string command) : FollowUpTexts(command)
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    public override string HelpLine(string subcommand) => subcommand switch
    {
        "done" => $"`{Cmd} done 12` : ta mission pourvue #12 est réalisée (je demande un avis à chacun·e)",
        "feedback" => $"`{Cmd} avis 12 5 Super collaboration` : donner ton avis (1 à 5 et une phrase) sur une mission terminée",
        "contribution" => $"`{Cmd} contribution 12 150€` : noter ce que tu as reversé au réseau pour la mission rémunérée #12",
        _ => "",
    };

    public override string Usage(string subcommand) => subcommand switch
    {
        "done" => $"`{Cmd} done 12`",
        "feedback" => $"`{Cmd} avis 12 5 Super collaboration, merci !`",
        "contribution" => $"`{Cmd} contribution 12 150€` (ou une contribution en nature : `{Cmd} contribution 12 2 jours d'animation`)",
        _ => $"`{Cmd} help`",
    };

    public override string NotAllowed(Mission mission) =>
        $"Seul·e @{mission.OwnerUsername}, qui porte la mission **#{mission.Number}**, ou un·e coordinateur·ice peut la marquer comme réalisée.";

    public override string NotFilled(Mission mission) => mission.Status == MissionStatus.Open
        ? $"Personne n'est encore retenu pour la mission **#{mission.Number}** : choisis d'abord avec `{Cmd} select {mission.Number} @bob`, ou clos-la avec `{Cmd} close {mission.Number}`."
        : $"La mission **#{mission.Number}** n'a pas été pourvue : il n'y a pas de réalisation à noter.";

    public override string AlreadyDone(Mission mission) =>
        $"La mission **#{mission.Number}** est déjà notée comme réalisée : rien à refaire.";

    public override string Completed(Mission mission, int asked) =>
        $"C'est noté : la mission **#{mission.Number}** est réalisée, bravo ! J'ai demandé un avis (une note de 1 à 5 et une phrase) " +
        $"{(asked == 1 ? "à une personne" : $"à {asked} personnes")}, toi compris·e.";

    public override string FeedbackAsk(Mission mission, bool isOwner, IReadOnlyList<string> selected) =>
        $"La mission **#{mission.Number}** « {SafeText.Inline(mission.Title)} » est terminée" +
        (isOwner && selected.Count > 0 ? $" (avec {string.Join(", ", selected.Select(s => "@" + s))})" : "") +
        " : comment s'est-elle passée ? Réponds-moi ici par une note de 1 à 5 et une phrase, par exemple « 5 Super collaboration, merci ! ». " +
        $"(Ou tape `{Cmd} avis {mission.Number} 5 Super collaboration`.)";

    public override string FeedbackThanks(int missionNumber, int rating) =>
        $"Merci ! Ton avis sur la mission **#{missionNumber}** ({rating}/5) est noté. Il aide le réseau à s'améliorer.";

    public override string FeedbackNotAsked(int? missionNumber) => missionNumber is { } n
        ? $"Je ne t'ai pas demandé d'avis sur la mission **#{n}** : seules les personnes retenues et la personne qui porte la mission en donnent un, une fois la mission terminée."
        : "Je ne t'ai demandé d'avis sur aucune mission pour l'instant.";

    public override string BadRating(int missionNumber) =>
        $"Donne une note de 1 à 5, puis une phrase : `{Cmd} avis {missionNumber} 4 Très bonne équipe`.";

    public override string ContributionRecorded(Mission mission, decimal? amount, string description) =>
        $"Merci ! Ta contribution {(amount is { } a ? $"de {Money(a)}" : $"« {SafeText.Inline(description)} »")} pour la mission **#{mission.Number}** est notée : " +
        "elle apparaîtra dans le rapport annuel du réseau.";

    public override string ContributionNotPaid(Mission mission) =>
        $"La mission **#{mission.Number}** est bénévole : il n'y a pas de contribution à noter.";

    public override string ContributionNotSelected(Mission mission) =>
        $"Seules les personnes retenues pour la mission **#{mission.Number}** notent une contribution pour elle.";

    public override string ContributionMissing(int missionNumber) =>
        $"Dis-moi ce que tu as reversé, par exemple : `{Cmd} contribution {missionNumber} 150€`.";

    public override string? ContributionLine(Mission mission) =>
        !mission.Paid ? null
        : mission.ContributionPercent is { } p ? $"**Contribution au réseau :** {p.ToString("0.##", Fr)} % du montant"
        : mission.ContributionFree ? "**Contribution au réseau :** libre (chacun·e évalue sa juste contribution)"
        : null;

    public override string Money(decimal amount) => $"{amount.ToString("#,0.##", Fr)} €";
}
