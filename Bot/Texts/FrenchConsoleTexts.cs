using System.Globalization;

namespace MissionBot.Texts;

public sealed class FrenchConsoleTexts : ConsoleTexts
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public override string Banner(string username) => $"""
        Bienvenue dans le bac à sable de MissionBot !
        Ici, la messagerie est simulée dans ce terminal : rien n'est envoyé ailleurs.
        Tu es {username}. Chaque réponse du bot indique où elle est allée (salon, fil, message privé).

        {Help()}
        """;

    public override string Help() => """
        Commandes du bac à sable :
          /mission help               l'aide du bot (toutes les commandes /mission)
          /mission new                proposer une mission (formulaire, :annuler pour le fermer)
          :as bob                     parler en tant que bob (créé s'il n'existe pas)
          :reply 12 je suis partant   répondre dans le fil de la mission #12
          :click 12                   cliquer sur « Je me propose » sous la mission #12
          :dm list                    écrire au bot en message privé
          :say bonjour                écrire dans #town-square
          :help                       cette aide
          :quit                       quitter
        """;

    public override string Goodbye() => "À bientôt !";

    public override string ChannelLabel(string channelName) => $"[#{channelName}]";

    public override string ThreadLabel(string channelName, int? missionNumber) =>
        missionNumber is { } n ? $"[#{channelName} › fil #{n}]" : $"[#{channelName} › fil]";

    public override string DirectLabel(string username) => $"[DM → {username}]";

    public override string PrivateLabel(string username) => $"[privé → {username}]";

    public override string UpdatedLabel(string channelName, int? missionNumber) =>
        missionNumber is { } n ? $"[#{channelName} · annonce #{n} mise à jour]" : $"[#{channelName} · message modifié]";

    public override string ReactionLabel(string emoji, string? authorUsername) =>
        authorUsername is null ? $"[réaction {emoji} sur un message]" : $"[réaction {emoji} sur le message de {authorUsername}]";

    public override string ButtonLabel(string label, string action) => $"[bouton « {label} » → {action}]";

    public override string ButtonsRemoved() => "[plus de bouton]";

    public override string FileLabel(string username, string fileName, string size) => $"[DM → {username} · fichier {fileName}, {size}]";

    public override string FileSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} octet{(bytes > 1 ? "s" : "")}",
        < 1024 * 1024 => string.Create(French, $"{bytes / 1024.0:0.#} Ko"),
        _ => string.Create(French, $"{bytes / (1024.0 * 1024.0):0.#} Mo"),
    };

    public override string MoreLines(int count) => $"… ({count} ligne{(count > 1 ? "s" : "")} de plus dans le fichier)";

    public override string NowPlaying(string username) => $"· Tu es maintenant {username}.";

    public override string MissingUsername() => "· Dis-moi qui tu veux être, par exemple : :as bob";

    public override string BadUsername(string typed) =>
        $"· « {typed} » ne peut pas être un nom d'utilisateur : lettres minuscules, chiffres, point, tiret ou tiret bas (par exemple : :as bob).";

    public override string BotUsername(string botUsername) => $"· {botUsername}, c'est le bot lui-même : choisis un autre nom.";

    public override string ReplyUsage() => "· Il me faut le numéro de la mission puis ta réponse, par exemple : :reply 12 je suis partant";

    public override string ClickUsage() => "· Il me faut le numéro de la mission, par exemple : :click 12";

    public override string TextMissing(string command) => $"· Il manque le texte du message, par exemple : {command} bonjour";

    public override string MissionNotFound(int number) => $"· Je ne trouve pas de mission #{number}. Tape /mission list pour voir les missions ouvertes.";

    public override string NoButton(int number) => $"· L'annonce de la mission #{number} n'a plus de bouton : la mission n'est plus ouverte.";

    public override string UnknownSandboxCommand(string typed) => $"· Je ne connais pas « {typed} ». Tape :help pour la liste des commandes du bac à sable.";

    public override string NotUnderstood(string typed) =>
        $"· Je n'ai pas compris « {typed} ». Les commandes du bot commencent par /mission (essaie /mission help) ; tape :help pour celles du bac à sable.";

    public override string NoAnswer() => "· (le bot n'a rien répondu)";

    public override string FormIntro() => "· Le formulaire s'affiche ligne par ligne : réponds à chaque question (Entrée pour passer, :annuler pour fermer).";

    public override string FormCancelled() => "· Formulaire fermé : rien n'a été publié.";

    public override string FormPrompt(string label) => $"  {label} : ";

    public override string YesNoHint() => "o/n";
}
