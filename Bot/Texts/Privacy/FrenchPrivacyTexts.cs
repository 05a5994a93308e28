using MissionBot.Missions;

namespace MissionBot.Texts.Privacy;

public sealed class FrenchPrivacyTexts(string command) : PrivacyTexts(command)
{
    public override string HelpLine(string subcommand) => subcommand switch
    {
        "my-data" => $"`{Cmd} mes-donnees` : recevoir en privé tout ce que je garde sur toi (fichier JSON)",
        "forget-me" => $"`{Cmd} oublie-moi` : effacer tout ce que je garde sur toi (je demande confirmation)",
        _ => "",
    };

    public override string Usage(string subcommand) => subcommand switch
    {
        "my-data" => $"`{Cmd} mes-donnees`",
        "forget-me" => $"`{Cmd} oublie-moi` puis `{Cmd} oublie-moi confirmer`",
        _ => $"`{Cmd} help`",
    };

    public override string ExportFileName => "missionbot-mes-donnees.json";

    public override string ExportCaption() =>
        "Voici tout ce que je garde sur toi : ton profil, tes candidatures, tes missions, tes avis, tes contributions, tes notes de jury et mes messages. " +
        $"Pour tout effacer : `{Cmd} oublie-moi`.";

    public override string ExportOnItsWay() => "Je t'envoie en privé un fichier avec tout ce que je garde sur toi.";

    public override string ExportNotSent() => "Je n'ai pas réussi à t'envoyer le fichier en privé. Réessaie dans un instant.";

    public override string TooBigForAMessage() =>
        "(Cette messagerie ne me permet pas de joindre le fichier et il est trop long pour un message : demande aux coordinateur·ices de l'extraire pour toi.)";

    public override string ConfirmForget() =>
        "Tu veux que je t'oublie ? J'effacerai ton profil, tes compétences, tes sollicitations, les questions en attente, les cooptations qui te nomment, " +
        "tes avis et tes notes de jury. Les missions garderont seulement des nombres anonymes (combien de candidatures, de contributions…). " +
        $"Tes candidatures en cours seront retirées. C'est définitif : pour confirmer, tape `{Cmd} oublie-moi confirmer`.";

    public override string CloseYourMissionsFirst(IReadOnlyList<Mission> open) =>
        $"Tu portes encore {(open.Count == 1 ? "une mission ouverte" : $"{open.Count} missions ouvertes")} " +
        $"({string.Join(", ", open.Select(m => $"**#{m.Number}**"))}) : réponds d'abord à ses candidat·es, par exemple avec `{Cmd} close {open[0].Number}` " +
        $"ou `{Cmd} cancel {open[0].Number}`, pour que personne ne reste sans réponse. Ensuite je pourrai t'oublier. Rien n'a été effacé.";

    public override string Forgotten() =>
        "C'est fait : j'ai effacé tout ce que je gardais sur toi. Les missions ne gardent que des nombres anonymes. " +
        "Les messages déjà publiés dans la messagerie restent sous ton nom : tu peux les supprimer toi-même. Merci d'avoir fait partie du réseau !";
}
