using MissionBot.Chat;
using MissionBot.Storage;

namespace MissionBot.People;

/// <summary>
/// Finds people by the usernames others type (cooptation): first among the people the bot knows, then on the
/// chat platform, creating the person so that they can be asked. The bot itself is nobody.
/// </summary>
public sealed class PersonDirectory(PersonRepository people, IChatClient chat, TimeProvider clock, ILogger<PersonDirectory> logger)
{
    public async Task<Person?> FindAsync(string username, CancellationToken cancellationToken)
    {
        var name = username.TrimStart('@');
        if (name.Length == 0 || string.Equals(name, chat.Me.Username, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (people.FindByUsername(name) is { } known)
        {
            return known;
        }
        ChatUser? user;
        try
        {
            user = await chat.FindUserByUsernameAsync(name, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not look up username {Username}", name);
            return null;
        }
        if (user is null || user.Id == chat.Me.Id)
        {
            return null;
        }
        logger.LogInformation("Person {Username} first heard of through a cooptation", user.Username);
        return people.Ensure(user, clock.GetUtcNow().UtcDateTime);
    }
}
