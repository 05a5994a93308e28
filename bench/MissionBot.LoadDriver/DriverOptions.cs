using System.Globalization;

namespace MissionBot.LoadDriver;

/// <summary>What to run: the full measurement, or a few-second smoke run that keeps the driver from rotting.</summary>
public sealed record DriverOptions
{
    public bool Smoke { get; init; }

    public int People { get; init; } = 10_000;

    public int Missions { get; init; } = 1_000;

    /// <summary>People seeded for the memory-only run ("resident memory with 100k people"); 0 skips it.</summary>
    public int LargePeople { get; init; } = 100_000;

    /// <summary>Replies posted while the bot is stopped, then caught up at its next start; 0 skips it.</summary>
    public int MissedPosts { get; init; } = 10_000;

    /// <summary>
    /// Load before anything is measured (commands and replies at a modest rate): .NET compiles hot code again,
    /// optimised, once it has run a while; a long-running bot lives in that state.
    /// </summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(30);

    public IReadOnlyList<int> CommandRates { get; init; } = [50, 100, 200, 400, 800];

    public IReadOnlyList<int> ReplyRates { get; init; } = [50, 100, 200, 300, 400, 500];

    public TimeSpan StepDuration { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>The shipped build, as bench/run.sh publishes it (self-contained and trimmed, like the Dockerfile's).</summary>
    public string BotDll { get; init; } = "Bot/bin/Release/shipped/MissionBot.dll";

    /// <summary>Folder where `npm install` put hubot, hubot-matteruser and coffeescript; empty: no Hubot.</summary>
    public string HubotDir { get; init; } = "";

    /// <summary>CPU the bot (and Hubot) are pinned to with taskset.</summary>
    public int BotCore { get; init; }

    public string Output { get; init; } = "bench/load-results.md";

    public static DriverOptions Parse(IReadOnlyList<string> args)
    {
        var options = new DriverOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--smoke" => options with
                {
                    Smoke = true, People = 200, Missions = 20, LargePeople = 0, MissedPosts = 50, Warmup = TimeSpan.FromSeconds(1),
                    CommandRates = [20], ReplyRates = [20], StepDuration = TimeSpan.FromSeconds(1),
                },
                "--people" => options with { People = Number(Next()) },
                "--missions" => options with { Missions = Number(Next()) },
                "--missed-posts" => options with { MissedPosts = Number(Next()) },
                "--large-people" => options with { LargePeople = Number(Next()) },
                "--warmup-seconds" => options with { Warmup = TimeSpan.FromSeconds(Number(Next())) },
                "--step-seconds" => options with { StepDuration = TimeSpan.FromSeconds(Number(Next())) },
                "--command-rates" => options with { CommandRates = Rates(Next()) },
                "--reply-rates" => options with { ReplyRates = Rates(Next()) },
                "--bot-dll" => options with { BotDll = Next() },
                "--hubot-dir" => options with { HubotDir = Next() },
                "--bot-core" => options with { BotCore = Number(Next()) },
                "--out" => options with { Output = Next() },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }
        return options;
    }

    /// <summary>"50,100,200"; "none" skips that part.</summary>
    private static int[] Rates(string text) =>
        text == "none" ? [] : [.. text.Split(',').Select(Number)];

    private static int Number(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
