using BenchmarkDotNet.Attributes;
using MissionBot.Commands;
using MissionBot.Tests.Fakes;

namespace MissionBot.Bench;

/// <summary>Reading what people type: the subcommand dispatch and the free-form mission draft.</summary>
[MemoryDiagnoser]
public class ParsingBenchmarks : IDisposable
{
    private const string Draft = "new Atelier réparation vélo samedi; compétences: mécanique, accueil, vélo; lieu: La Fabrique; date: 12/12/2026; payée; contribution: 5%";

    private EngineHarness? _harness;
    private CommandParser? _commands;
    private MissionDraftParser? _drafts;

    [GlobalSetup]
    public void Setup()
    {
        _harness = new EngineHarness();
        _commands = _harness.Get<CommandParser>();
        _drafts = _harness.Get<MissionDraftParser>();
    }

    [Benchmark]
    public object ParseJoin() => _commands!.Parse("join 12");

    [Benchmark]
    public object ParseNewMission() => _commands!.Parse(Draft);

    [Benchmark]
    public object ParseDraftOnly() => _drafts!.Parse(Draft["new ".Length..]);

    [Benchmark]
    public object ParseUnknown() => _commands!.Parse("rejoindre la mission du vélo stp");

    [GlobalCleanup]
    public void Dispose()
    {
        _harness?.Dispose();
        _harness = null;
        GC.SuppressFinalize(this);
    }
}
