using System.Globalization;
using MissionBot.Storage;
using MissionBot.Texts;

namespace MissionBot.Chat.Console;

/// <summary>
/// Reads the sandbox's lines (stdin in the program) and plays them into the domain as the current user:
/// "/mission ..." commands, thread replies, button clicks, DMs and channel messages. Each line is handled
/// to completion before the next, so a piped script always gives the same transcript. At the end of the
/// input (or ":quit") the application stops.
/// </summary>
public sealed class ConsoleSandbox(
    ConsoleChatClient chat,
    IChatInbox inbox,
    MissionRepository missions,
    ConsoleStreams streams,
    ConsoleTexts texts,
    BotTexts botTexts,
    ConnectionStatus status,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<ConsoleSandbox> logger) : BackgroundService
{
    public const string FirstUser = "alice";

    private ChatUser _user = chat.User(FirstUser);
    private bool _spaced;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        status.Report(true, "connected");
        try
        {
            if (streams.IsInteractive)
            {
                chat.Note(texts.Banner(_user.Username));
                _spaced = true;
            }
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C at the prompt: end the prompt's line so the shell starts on a fresh one.
            if (streams.IsInteractive)
            {
                chat.Note("");
                chat.Note(texts.Goodbye());
            }
        }
        finally
        {
            status.Report(false, "stopped");
            lifetime.StopApplication();
        }
    }

    /// <summary>Handles lines until the input ends, ":quit" or the host stops.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var line = await PromptAsync($"{_user.Username}> ", isFormField: false, cancellationToken);
            if (line is null)
            {
                if (streams.IsInteractive)
                {
                    chat.Note(texts.Goodbye());
                }
                return;
            }
            if (line.Length == 0)
            {
                continue;
            }
            try
            {
                if (!await HandleLineAsync(line, cancellationToken))
                {
                    chat.Note(texts.Goodbye());
                    return;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One broken line must not end the session: say so and read the next one.
                logger.LogError(ex, "Sandbox line starting with {Word} failed", FirstWord(line));
                chat.Note("· " + botTexts.SomethingWentWrong());
            }
        }
    }

    /// <summary>False when the line asks to quit.</summary>
    private async Task<bool> HandleLineAsync(string line, CancellationToken cancellationToken)
    {
        var word = FirstWord(line);
        var rest = line[word.Length..].Trim();
        switch (word.ToLowerInvariant())
        {
            case "/mission":
                await CommandAsync(rest, cancellationToken);
                return true;
            case ":as":
                SwitchUser(rest);
                return true;
            case ":reply":
                await ReplyAsync(rest, cancellationToken);
                return true;
            case ":click":
                await ClickAsync(rest, cancellationToken);
                return true;
            case ":dm":
                await SayAsync(":dm", ConsoleChatClient.DirectChannelIdOf(_user), rest, cancellationToken);
                return true;
            case ":say":
                await SayAsync(":say", ConsoleChatClient.ChannelIdOf(ConsoleChatClient.TownSquare), rest, cancellationToken);
                return true;
            case ":help" or ":aide":
                chat.Note(texts.Help());
                return true;
            case ":quit" or ":quitter" or ":exit" or ":q":
                return false;
            default:
                chat.Note(word.StartsWith(':') ? texts.UnknownSandboxCommand(Shorten(word)) : texts.NotUnderstood(Shorten(line)));
                return true;
        }
    }

    private async Task CommandAsync(string text, CancellationToken cancellationToken)
    {
        var request = new CommandRequest(_user, ConsoleChatClient.ChannelIdOf(ConsoleChatClient.TownSquare), text);
        var reply = await inbox.HandleCommandAsync(request, cancellationToken);
        chat.ShowPrivate(_user, reply.PrivateText);
        if (reply.OpenMissionDialog)
        {
            await FillMissionFormAsync(cancellationToken);
        }
    }

    private void SwitchUser(string typed)
    {
        var name = typed.Trim().TrimStart('@');
        if (name.Length == 0)
        {
            chat.Note(texts.MissingUsername());
        }
        else if (!ConsoleChatClient.IsValidUsername(name))
        {
            chat.Note(texts.BadUsername(Shorten(typed)));
        }
        else if (name == chat.Me.Username)
        {
            chat.Note(texts.BotUsername(name));
        }
        else
        {
            _user = chat.User(name);
            chat.Note(texts.NowPlaying(name));
        }
    }

    private async Task ReplyAsync(string arguments, CancellationToken cancellationToken)
    {
        var (number, text) = SplitNumber(arguments);
        if (number is null || text.Length == 0)
        {
            chat.Note(texts.ReplyUsage());
            return;
        }
        if (missions.Find(number.Value) is not { AnnouncementPostId.Length: > 0 } mission)
        {
            chat.Note(texts.MissionNotFound(number.Value));
            return;
        }
        var message = chat.Receive(_user, mission.ChannelId, mission.AnnouncementPostId, text, clock.GetUtcNow());
        await DeliverAsync(message, cancellationToken);
    }

    private async Task ClickAsync(string arguments, CancellationToken cancellationToken)
    {
        var (number, extra) = SplitNumber(arguments);
        if (number is null || extra.Length > 0)
        {
            chat.Note(texts.ClickUsage());
            return;
        }
        if (missions.Find(number.Value) is not { AnnouncementPostId.Length: > 0 } mission)
        {
            chat.Note(texts.MissionNotFound(number.Value));
            return;
        }
        // The buttons as posted in this session; an announcement from an earlier run is not in memory,
        // and its button would be the same typed twin.
        IReadOnlyList<ChatButton> buttons = chat.FindPost(mission.AnnouncementPostId)?.Buttons
            ?? (mission.IsOpen ? [new ChatButton("join", botTexts.JoinButton, $"join {mission.Number}")] : []);
        var button = buttons.FirstOrDefault(b => b.Id == "join") ?? (buttons.Count > 0 ? buttons[0] : null);
        if (button is null)
        {
            chat.Note(texts.NoButton(number.Value));
            return;
        }
        var request = new CommandRequest(_user, mission.ChannelId, button.Command);
        var reply = await inbox.HandleButtonAsync(request, cancellationToken);
        chat.ShowPrivate(_user, reply.PrivateText);
    }

    private async Task SayAsync(string command, string channelId, string text, CancellationToken cancellationToken)
    {
        if (text.Length == 0)
        {
            chat.Note(texts.TextMissing(command));
            return;
        }
        await DeliverAsync(chat.Receive(_user, channelId, null, text, clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>Hands a message to the bot and says so when it chose to stay silent.</summary>
    private async Task DeliverAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var printed = chat.PrintedCount;
        await inbox.HandleMessageAsync(message, cancellationToken);
        if (chat.PrintedCount == printed)
        {
            chat.Note(texts.NoAnswer());
        }
    }

    /// <summary>The "new mission" dialog, asked one field per line, then submitted like the chat's form.</summary>
    private async Task FillMissionFormAsync(CancellationToken cancellationToken)
    {
        var labels = botTexts.FormLabels;
        chat.Note(texts.FormIntro());
        var answers = new List<string>();
        foreach (var question in new[]
                 {
                     labels.Title, labels.Description, $"{labels.Skills} ({labels.SkillsHelp})",
                     $"{labels.DueDate} ({labels.DueDateHelp})", labels.Place,
                     $"{labels.Paid} ({texts.YesNoHint()})", $"{labels.EntryDoor} ({texts.YesNoHint()})",
                 })
        {
            var answer = await PromptAsync(texts.FormPrompt(question), isFormField: true, cancellationToken);
            if (answer is null || ConsoleTexts.IsCancel(answer))
            {
                chat.Note(texts.FormCancelled());
                return;
            }
            answers.Add(answer);
        }
        var form = new MissionForm(answers[0], answers[1], answers[2], answers[3], answers[4], ConsoleTexts.IsYes(answers[5]), ConsoleTexts.IsYes(answers[6]));
        var reply = await inbox.HandleMissionFormAsync(_user, form, cancellationToken);
        chat.ShowPrivate(_user, reply.PrivateText);
    }

    /// <summary>
    /// Reads one line. At a terminal the prompt comes first; from a script the line is echoed after it,
    /// so both transcripts look the same. Null at the end of the input.
    /// </summary>
    /// <param name="isFormField">A question of the form, kept right under the previous line.</param>
    private async Task<string?> PromptAsync(string prompt, bool isFormField, CancellationToken cancellationToken)
    {
        if (streams.IsInteractive)
        {
            Space(isFormField);
            await streams.Output.WriteAsync(prompt);
            await streams.Output.FlushAsync(cancellationToken);
        }
        // Console.In reads synchronously, even through ReadLineAsync, and a read cannot be cancelled:
        // read on the thread pool and stop waiting on Ctrl+C, so the host stops at once.
        var line = await Task.Run(streams.Input.ReadLine, CancellationToken.None).WaitAsync(cancellationToken);
        if (line is null)
        {
            if (streams.IsInteractive)
            {
                chat.Note("");
            }
            return null;
        }
        if (!streams.IsInteractive && (line.Trim().Length > 0 || isFormField))
        {
            Space(isFormField);
            chat.Note(prompt + line);
        }
        return line.Trim();
    }

    /// <summary>A blank line between one exchange and the next.</summary>
    private void Space(bool isFormField)
    {
        if (!isFormField && _spaced)
        {
            chat.Note("");
        }
        _spaced = true;
    }

    private static (int? Number, string Text) SplitNumber(string arguments)
    {
        var word = FirstWord(arguments);
        return int.TryParse(word.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? (number, arguments[word.Length..].Trim())
            : (null, arguments);
    }

    private static string FirstWord(string text)
    {
        var space = text.IndexOfAny([' ', '\t']);
        return space < 0 ? text : text[..space];
    }

    private static string Shorten(string text) => SafeText.Truncate(text, 40);
}
