using MissionBot.Missions;

namespace MissionBot.Texts.Privacy;

public sealed class EnglishPrivacyTexts(string command) : PrivacyTexts(command)
{
    public override string HelpLine(string subcommand) => subcommand switch
    {
        "my-data" => $"`{Cmd} my-data`: receive privately everything I keep about you (JSON file)",
        "forget-me" => $"`{Cmd} forget-me`: erase everything I keep about you (I ask for confirmation)",
        _ => "",
    };

    public override string Usage(string subcommand) => subcommand switch
    {
        "my-data" => $"`{Cmd} my-data`",
        "forget-me" => $"`{Cmd} forget-me` then `{Cmd} forget-me confirm`",
        _ => $"`{Cmd} help`",
    };

    public override string ExportFileName => "missionbot-my-data.json";

    public override string ExportCaption() =>
        "Here is everything I keep about you: your profile, candidacies, missions, feedback, contributions, jury scores and my messages. " +
        $"To erase it all: `{Cmd} forget-me`.";

    public override string ExportOnItsWay() => "I am sending you privately a file with everything I keep about you.";

    public override string ExportNotSent() => "I could not send you the file privately. Please try again in a moment.";

    public override string TooBigForAMessage() =>
        "(This chat does not let me attach the file and it is too long for a message: ask the coordinators to extract it for you.)";

    public override string ConfirmForget() =>
        "You want me to forget you? I will erase your profile, skills, pings, pending questions, the cooptations naming you, " +
        "your feedback and your jury scores. Missions will keep only anonymous numbers (how many candidacies, contributions…). " +
        $"Your pending candidacies will be withdrawn. This cannot be undone: to confirm, type `{Cmd} forget-me confirm`.";

    public override string CloseYourMissionsFirst(IReadOnlyList<Mission> open) =>
        $"You still run {(open.Count == 1 ? "an open mission" : $"{open.Count} open missions")} " +
        $"({string.Join(", ", open.Select(m => $"**#{m.Number}**"))}): answer its candidates first, for example with `{Cmd} close {open[0].Number}` " +
        $"or `{Cmd} cancel {open[0].Number}`, so that nobody is left without an answer. Then I can forget you. Nothing was erased.";

    public override string Forgotten() =>
        "Done: I erased everything I kept about you. Missions keep only anonymous numbers. " +
        "Messages already posted in the chat stay under your name: you can delete them yourself. Thank you for being part of the network!";
}
