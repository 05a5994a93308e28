using System.Globalization;
using BenchmarkDotNet.Attributes;
using MissionBot.Chat;
using MissionBot.Tests.Fakes;

namespace MissionBot.Bench;

/// <summary>
/// Recording a candidacy the way a thread reply does (domain only, chat in memory, LiteDB on disk): the
/// candidacy write, the owner's DM, the volunteer's DM and the announcement refresh. Each call is a new person,
/// so every call really records one.
/// </summary>
[MemoryDiagnoser]
public class CandidacyBenchmarks : IDisposable
{
    private static readonly ChatUser Owner = new("owner-id", "coordinatrice");

    private EngineHarness? _harness;
    private string[] _announcements = [];
    private int _next;

    [Params(100)]
    public int Missions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _harness = new EngineHarness();
        for (var i = 1; i <= Missions; i++)
        {
            _harness.CommandAsync(Owner, "new Mission " + i.ToString(CultureInfo.InvariantCulture)).GetAwaiter().GetResult();
        }
        _announcements = [.. _harness.Database.Missions.FindAll().Select(m => m.AnnouncementPostId)];
    }

    [Benchmark]
    public async Task VolunteerReplyRecordsCandidacy()
    {
        var k = _next++;
        var person = new ChatUser("p" + k.ToString(CultureInfo.InvariantCulture), "membre" + k.ToString(CultureInfo.InvariantCulture));
        await _harness!.ReplyAsync(person, _announcements[k % _announcements.Length], "je suis partant !");
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _harness?.Dispose();
        _harness = null;
        GC.SuppressFinalize(this);
    }
}
