using MissionBot.People;
using MissionBot.Texts;
using MissionBot.Texts.Interpellation;
using MissionBot.Chat;

namespace MissionBot.Commands.Interpellation;

/// <summary>"/mission place Lyon": where the member is, so that missions there rank them higher.</summary>
public sealed class PlaceSubcommand(InterpellationTexts texts, ProfileService profiles) : InterpellationSubcommand(texts)
{
    public const int MaxLength = 80;

    private static readonly HashSet<string> ClearWords = ["aucun", "aucune", "none", "-", "rien", "effacer", "clear", "nowhere"];

    public override string Name => "place";

    public override IReadOnlyCollection<string> Aliases { get; } = ["lieu", "ville", "city", "location"];

    public override ParsedCommand Parse(string arguments)
    {
        var place = string.Join(' ', arguments.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        if (place.Length == 0)
        {
            return new PlaceCommand(null);
        }
        if (ClearWords.Contains(TextNormalizer.Fold(place)))
        {
            return new PlaceCommand("");
        }
        return place.Length > MaxLength ? new RefusedInput(Texts.PlaceTooLong(MaxLength)) : new PlaceCommand(place);
    }

    protected override Task<CommandReply> RunAsync(ParsedCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        var place = ((PlaceCommand)command).Place;
        if (place is null)
        {
            return Task.FromResult(CommandReply.Private(Texts.Place(profiles.Find(context.User.Id)?.Place ?? "")));
        }
        profiles.SetPlace(context.User, place);
        return Task.FromResult(CommandReply.Private(place.Length == 0 ? Texts.PlaceCleared() : Texts.PlaceSet(place)));
    }
}
