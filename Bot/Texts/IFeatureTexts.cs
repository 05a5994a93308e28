namespace MissionBot.Texts;

/// <summary>The help line and syntax reminder of a feature's subcommands, in the bot's language.</summary>
public interface IFeatureTexts
{
    /// <summary>One line of "/mission help"; empty keeps the subcommand out of the help.</summary>
    string HelpLine(string subcommand);

    /// <summary>The syntax reminder shown with errors.</summary>
    string Usage(string subcommand);
}
