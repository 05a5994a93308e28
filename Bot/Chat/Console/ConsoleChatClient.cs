using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MissionBot.Hosting;
using MissionBot.Storage;
using MissionBot.Texts;

namespace MissionBot.Chat.Console;

/// <summary>
/// The sandbox's chat: users, the missions channel and #town-square, DMs, threads, reactions and edits,
/// all in memory. Every bot action is printed as one labelled block saying where it went, so that a
/// transcript reads like a tour of the chat. Missions live in the LiteDB file; posts do not survive a restart.
/// </summary>
public sealed partial class ConsoleChatClient : IChatClient
{
    public const string TownSquare = "town-square";

    private const string DirectPrefix = "dm-";

    /// <summary>How much of a file the transcript shows: enough to see what it is, not a whole export.</summary>
    private const int PreviewLines = 10;
    private const int PreviewWidth = 120;
    private const string ChannelPrefix = "c-";

    private static readonly Dictionary<string, string> Emoji = new()
    {
        ["white_check_mark"] = "✅", ["heavy_check_mark"] = "✔️", ["wave"] = "👋", ["eyes"] = "👀", ["tada"] = "🎉", ["+1"] = "👍",
    };

    private readonly Lock _gate = new();
    private readonly Dictionary<string, ChatUser> _usersByName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _channels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConsolePost> _posts = new(StringComparer.Ordinal);
    private readonly TextWriter _out;
    private readonly ConsoleTexts _texts;
    private readonly MissionRepository _missions;
    private int _printed;

    /// <param name="missions">Only read, to name a mission's thread and announcement in the transcript.</param>
    public ConsoleChatClient(ConsoleStreams streams, ConsoleTexts texts, IOptions<MissionsOptions> options, MissionRepository missions)
    {
        _out = streams.Output;
        _texts = texts;
        _missions = missions;
        Me = User("missionbot");
        _channels.Add(options.Value.Channel.Trim().TrimStart('~', '#'));
        _channels.Add(TownSquare);
    }

    public string Platform => "console";

    public ChatUser Me { get; }

    /// <summary>As on Mattermost, so that what fits here fits there.</summary>
    public int MaxMessageLength => 16383;

    /// <summary>How many blocks were printed so far: the sandbox tells when a line got no answer.</summary>
    public int PrintedCount => Volatile.Read(ref _printed);

    public int MeasureLength(string text) => text.EnumerateRunes().Count();

    /// <summary>A valid username: what Mattermost accepts, kept simple.</summary>
    public static bool IsValidUsername(string username) => ValidUsername().IsMatch(username);

    /// <summary>The person with that username, created on first use.</summary>
    public ChatUser User(string username)
    {
        lock (_gate)
        {
            if (!_usersByName.TryGetValue(username, out var user))
            {
                user = new ChatUser($"u-{username}", username, username);
                _usersByName[username] = user;
            }
            return user;
        }
    }

    public static string ChannelIdOf(string channelName) => ChannelPrefix + channelName;

    public static string DirectChannelIdOf(ChatUser user) => DirectPrefix + user.Username;

    /// <summary>Stores a person's message, as the chat would before telling the bot about it.</summary>
    public IncomingMessage Receive(ChatUser author, string channelId, string? threadRootId, string text, DateTimeOffset at)
    {
        var post = Store(channelId, threadRootId, author, text, []);
        var kind = channelId.StartsWith(DirectPrefix, StringComparison.Ordinal) ? ChannelKind.Direct : ChannelKind.Public;
        return new IncomingMessage(post.Id, channelId, kind, threadRootId, author, text, at);
    }

    /// <summary>The latest version of a post seen in this session; null for posts of an earlier run.</summary>
    public ConsolePost? FindPost(string postId)
    {
        lock (_gate)
        {
            return _posts.GetValueOrDefault(postId);
        }
    }

    /// <summary>A command's answer, shown only to the person who typed it.</summary>
    public void ShowPrivate(ChatUser user, string text) => Print(_texts.PrivateLabel(user.Username), null, text, []);

    /// <summary>A line from the sandbox itself (not from the bot).</summary>
    public void Note(string text)
    {
        lock (_gate)
        {
            _out.WriteLine(text);
            _out.Flush();
        }
    }

    public Task<string> ResolveChannelIdAsync(string channelName, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _channels.Contains(channelName)
                ? Task.FromResult(ChannelIdOf(channelName))
                : Task.FromException<string>(new InvalidOperationException($"The sandbox has no channel named '{channelName}'."));
        }
    }

    public Task<PostRef> PostAsync(string channelId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var label = LabelFor(channelId, message.ThreadRootId);
        var post = Store(channelId, message.ThreadRootId, Me, message.Text, message.Buttons);
        Print(label, Me.Username, message.Text, message.Buttons);
        return Task.FromResult(new PostRef(channelId, post.Id));
    }

    public Task<PostRef> SendDirectAsync(string userId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var user = Known(userId) ?? throw new InvalidOperationException($"The sandbox has no user with id '{userId}'.");
        return PostAsync(DirectChannelIdOf(user), message, cancellationToken);
    }

    /// <summary>
    /// The message as a DM, then the file's name and size and its first lines: the sandbox has no attachments,
    /// so the transcript shows what the person would open.
    /// </summary>
    public async Task<PostRef> SendDirectFileAsync(string userId, OutgoingMessage message, ChatFile file, CancellationToken cancellationToken)
    {
        var user = Known(userId) ?? throw new InvalidOperationException($"The sandbox has no user with id '{userId}'.");
        var post = await SendDirectAsync(userId, message, cancellationToken);
        var label = _texts.FileLabel(user.Username, file.FileName, _texts.FileSize(file.Content.LongLength));
        WriteFile(label, Preview(file));
        return post;
    }

    public Task UpdatePostAsync(PostRef post, OutgoingMessage message, CancellationToken cancellationToken)
    {
        ConsolePost? previous;
        lock (_gate)
        {
            previous = _posts.GetValueOrDefault(post.PostId);
            _posts[post.PostId] = (previous ?? new ConsolePost(post.PostId, post.ChannelId, null, Me, "", []))
                with { Text = message.Text, Buttons = message.Buttons };
        }
        var label = _texts.UpdatedLabel(ChannelName(post.ChannelId), _missions.FindByAnnouncement(post.PostId)?.Number);
        PrintUpdate(label, previous, message);
        return Task.CompletedTask;
    }

    public Task AddReactionAsync(PostRef post, string emojiName, CancellationToken cancellationToken)
    {
        var author = FindPost(post.PostId)?.Author.Username;
        var emoji = Emoji.TryGetValue(emojiName, out var e) ? e : $":{emojiName}:";
        Print(_texts.ReactionLabel(emoji, author), null, "", []);
        return Task.CompletedTask;
    }

    public Task<ChatUser?> FindUserByUsernameAsync(string username, CancellationToken cancellationToken)
    {
        var name = username.Trim().TrimStart('@');
        // Everyone exists in the sandbox: a name the bot looks up is a person met for the first time.
        return Task.FromResult(IsValidUsername(name) ? User(name) : null);
    }

    public Task<ChatUser?> GetUserAsync(string userId, CancellationToken cancellationToken) => Task.FromResult(Known(userId));

    private ChatUser? Known(string userId)
    {
        lock (_gate)
        {
            return _usersByName.Values.FirstOrDefault(u => u.Id == userId);
        }
    }

    private ConsolePost Store(string channelId, string? threadRootId, ChatUser author, string text, IReadOnlyList<ChatButton> buttons)
    {
        lock (_gate)
        {
            if (!channelId.StartsWith(DirectPrefix, StringComparison.Ordinal) && !_channels.Contains(ChannelName(channelId)))
            {
                throw new InvalidOperationException($"The sandbox has no channel with id '{channelId}'.");
            }
            // Ids unique across runs: missions in the database remember their announcement's id.
            var post = new ConsolePost(Guid.NewGuid().ToString("N"), channelId, threadRootId, author, text, buttons);
            _posts[post.Id] = post;
            return post;
        }
    }

    private string LabelFor(string channelId, string? threadRootId)
    {
        if (channelId.StartsWith(DirectPrefix, StringComparison.Ordinal))
        {
            return _texts.DirectLabel(channelId[DirectPrefix.Length..]);
        }
        var name = ChannelName(channelId);
        return string.IsNullOrEmpty(threadRootId)
            ? _texts.ChannelLabel(name)
            : _texts.ThreadLabel(name, _missions.FindByAnnouncement(threadRootId)?.Number);
    }

    private static string ChannelName(string channelId) =>
        channelId.StartsWith(ChannelPrefix, StringComparison.Ordinal) ? channelId[ChannelPrefix.Length..] : channelId;

    /// <summary>An edit shows only the lines that changed (the candidate count, the status...).</summary>
    private void PrintUpdate(string label, ConsolePost? previous, OutgoingMessage message)
    {
        if (previous is null)
        {
            Print(label, null, message.Text, message.Buttons);
            return;
        }
        var before = ConsoleMarkdown.ToPlainLines(previous.Text).ToHashSet(StringComparer.Ordinal);
        var changed = ConsoleMarkdown.ToPlainLines(message.Text).Where(l => l.Length > 0 && !before.Contains(l)).ToList();
        var buttonsChanged = !previous.Buttons.SequenceEqual(message.Buttons);
        if (changed.Count == 0 && !buttonsChanged)
        {
            return;
        }
        var lines = changed.ToList();
        if (buttonsChanged)
        {
            lines.AddRange(message.Buttons.Count == 0 ? [_texts.ButtonsRemoved()] : message.Buttons.Select(ButtonLine));
        }
        Write(label, null, lines);
    }

    private void Print(string label, string? author, string markdown, IReadOnlyList<ChatButton> buttons)
    {
        var lines = ConsoleMarkdown.ToPlainLines(markdown).Concat(buttons.Select(ButtonLine)).ToList();
        Write(label, author, lines);
    }

    /// <summary>One block: the label, then the first line; further lines indented under it.</summary>
    private void Write(string label, string? author, List<string> lines)
    {
        var head = author is null ? label : $"{label} {author}:";
        lock (_gate)
        {
            _out.WriteLine(lines.Count == 0 ? head : $"{head} {lines[0]}");
            foreach (var line in lines.Skip(1))
            {
                _out.WriteLine(line.Length == 0 ? "" : "    " + line);
            }
            _out.Flush();
            _printed++;
        }
    }

    /// <summary>The label on its own line, then the file's lines indented (their own indentation kept).</summary>
    private void WriteFile(string label, List<string> lines)
    {
        lock (_gate)
        {
            _out.WriteLine(label);
            foreach (var line in lines)
            {
                _out.WriteLine(line.Length == 0 ? "" : "    " + line);
            }
            _out.Flush();
            _printed++;
        }
    }

    private List<string> Preview(ChatFile file)
    {
        var text = System.Text.Encoding.UTF8.GetString(file.Content).TrimStart('\uFEFF').ReplaceLineEndings("\n").TrimEnd('\n');
        var all = text.Length == 0 ? [] : text.Split('\n');
        var shown = all.Take(PreviewLines).Select(l => l.Length <= PreviewWidth ? l : l[..(PreviewWidth - 1)] + "…").ToList();
        if (all.Length > PreviewLines)
        {
            shown.Add(_texts.MoreLines(all.Length - PreviewLines));
        }
        return shown;
    }

    /// <summary>A join button says which sandbox line clicks it; any other button shows its typed twin.</summary>
    private string ButtonLine(ChatButton button)
    {
        var join = JoinCommand().Match(button.Command);
        var action = join.Success ? $":click {join.Groups[1].Value}" : $"/mission {button.Command}";
        return _texts.ButtonLabel(button.Label, action);
    }

    [GeneratedRegex(@"^join (\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex JoinCommand();

    [GeneratedRegex(@"^[a-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidUsername();
}
