using Microsoft.Extensions.Hosting;
using MissionBot.Hosting;
using MissionBot.Missions;
using MissionBot.Tests.Fakes;
using MissionBot.Waves;

namespace MissionBot.Tests.Waves;

public sealed class WaveTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromHours(48);

    private EngineHarness _bot = null!;
    private MissionBot.Chat.ChatUser _alice = null!;

    [SetUp]
    public void SetUp()
    {
        _bot = new EngineHarness();
        _alice = _bot.Chat.AddUser("alice");
    }

    [TearDown]
    public void TearDown() => _bot.Dispose();

    private Task<int> RunDueAsync() => _bot.Get<WaveScheduler>().RunDueAsync(CancellationToken.None);

    private List<string> ChannelPosts() => _bot.Chat.ChannelPosts("c-missions").Select(p => p.Text).ToList();

    [Test]
    public async Task Waves_AdvanceOnTheClock_CooptationThenPingsThenOpenCall()
    {
        var carol = await _bot.MemberAsync("carol", "graphisme");
        var dan = await _bot.MemberAsync("dan", "graphisme");

        var created = await _bot.CommandAsync(_alice, "new Affiche du festival | compétences: graphisme | vagues: auto");

        Assert.Multiple(() =>
        {
            Assert.That(created.PrivateText, Does.Contain("d'abord proposée de façon ciblée"));
            Assert.That(ChannelPosts(), Is.Empty, "targeted before open: no announcement yet");
            Assert.That(_bot.DirectTexts(_alice).Single(), Does.Contain("Vague 1 (cooptation)").And.Contain("@carol et @dan").And.Contain("25/11/2026 à 09h00"));
            Assert.That(_bot.DirectTexts(carol).Single(), Does.Contain("À qui fais-tu confiance"));
        });

        _bot.Clock.Advance(Delay - TimeSpan.FromMinutes(1));
        Assert.That(await RunDueAsync(), Is.Zero, "not due yet");

        _bot.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That(await RunDueAsync(), Is.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(_bot.DirectTexts(_alice)[^1], Does.Contain("Vague 2 (sollicitations ciblées)").And.Contain("@carol : a indiqué graphisme"));
            Assert.That(_bot.DirectTexts(carol)[^1], Does.Contain("Ça te dit ? Réponds ici `oui`"));
            Assert.That(ChannelPosts(), Is.Empty);
        });

        _bot.Clock.Advance(Delay);
        await RunDueAsync();
        Assert.Multiple(() =>
        {
            Assert.That(ChannelPosts().Single(), Does.Contain("Mission #1 · Affiche du festival"));
            Assert.That(_bot.DirectTexts(_alice)[^1], Does.Contain("Vague 3 (appel ouvert)"));
            Assert.That(_bot.Get<WaveScheduler>().Find(1)!.Stage, Is.EqualTo(WaveStage.OpenCall));
        });

        _bot.Clock.Advance(Delay);
        Assert.That(await RunDueAsync(), Is.Zero, "the waves are over");
    }

    [Test]
    public async Task Waves_StopWhenEnoughCandidatesCame()
    {
        var carol = await _bot.MemberAsync("carol", "graphisme");
        var bob = _bot.Chat.AddUser("bob");
        await _bot.CommandAsync(_alice, "new Affiche | compétences: graphisme | vagues: auto");
        await _bot.CommandAsync(bob, "join 1");

        _bot.Clock.Advance(Delay);
        await RunDueAsync();

        Assert.That(_bot.DirectTexts(_alice)[^1], Does.Contain("a une candidature : j'arrête les vagues"));
        Assert.That(_bot.DirectTexts(carol), Has.Count.EqualTo(1), "only the cooptation question, no ping");
        Assert.That(ChannelPosts(), Is.Empty);
    }

    [Test]
    public async Task WavesStop_HaltsThem()
    {
        var carol = await _bot.MemberAsync("carol", "graphisme");
        await _bot.CommandAsync(_alice, "new Affiche | compétences: graphisme | vagues: auto");

        var stop = await _bot.CommandAsync(_alice, "vagues 1 stop");
        _bot.Clock.Advance(Delay * 3);
        await RunDueAsync();
        var status = await _bot.CommandAsync(_alice, "waves 1");

        Assert.That(stop.PrivateText, Does.Contain("plus de vagues").And.Contain("ping 1"));
        Assert.That(_bot.DirectTexts(carol), Has.Count.EqualTo(1));
        Assert.That(ChannelPosts(), Is.Empty);
        Assert.That(status.PrivateText, Does.Contain("arrêtées"));
    }

    [Test]
    public async Task WavesStop_ByAnotherMember_IsRefused()
    {
        var carol = await _bot.MemberAsync("carol", "graphisme");
        await _bot.CommandAsync(_alice, "new Affiche | compétences: graphisme | vagues: auto");

        var reply = await _bot.CommandAsync(carol, "waves 1 stop");

        Assert.That(reply.IsError, Is.True);
        Assert.That(_bot.Get<WaveScheduler>().Find(1)!.Stage, Is.EqualTo(WaveStage.Cooptation));
    }

    [Test]
    public async Task Waves_OnAMissionWithout_SaySo()
    {
        await _bot.CommandAsync(_alice, "new Affiche");

        var reply = await _bot.CommandAsync(_alice, "waves 1");

        Assert.That(reply.PrivateText, Does.Contain("vagues: auto"));
    }

    [Test]
    public async Task Waves_WithNobodyToAsk_GoStraightToTheOpenCall()
    {
        await _bot.CommandAsync(_alice, "new Compta | compétences: comptabilité | vagues: auto");

        var toAlice = _bot.DirectTexts(_alice);
        Assert.That(toAlice, Has.Count.EqualTo(3));
        Assert.That(toAlice[0], Does.Contain("je passe directement à la vague 2"));
        Assert.That(toAlice[2], Does.Contain("Vague 3"));
        Assert.That(ChannelPosts().Single(), Does.Contain("Compta"));
    }

    [Test]
    public async Task Waves_SurviveARestart()
    {
        var carol = await _bot.MemberAsync("carol", "graphisme");
        await _bot.CommandAsync(_alice, "new Affiche | compétences: graphisme | vagues: auto");

        _bot.Restart();
        _bot.Clock.Advance(Delay);
        await RunDueAsync();

        Assert.That(_bot.DirectTexts(carol)[^1], Does.Contain("Ça te dit ?"));
        Assert.That(_bot.DirectTexts(_alice)[^1], Does.Contain("Vague 2"));
    }

    [Test]
    public async Task Waves_BadValue_IsRefusedAndNothingIsStored()
    {
        var reply = await _bot.CommandAsync(_alice, "new Affiche | vagues: peut-être");

        Assert.That(reply.IsError, Is.True);
        Assert.That(reply.PrivateText, Does.Contain("vagues: auto"));
        Assert.That(_bot.Database.Missions.Count(), Is.Zero);
    }

    [Test]
    public async Task Waves_EndQuietlyWhenTheMissionClosed()
    {
        await _bot.MemberAsync("carol", "graphisme");
        await _bot.CommandAsync(_alice, "new Affiche | compétences: graphisme | vagues: auto");
        var mission = _bot.Database.Missions.FindById(1);
        mission.Status = MissionStatus.Cancelled;
        _bot.Database.Missions.Update(mission);
        var told = _bot.DirectTexts(_alice).Count;

        _bot.Clock.Advance(Delay);
        await RunDueAsync();

        Assert.That(_bot.Get<WaveScheduler>().Find(1)!.Stage, Is.EqualTo(WaveStage.Finished));
        Assert.That(_bot.DirectTexts(_alice), Has.Count.EqualTo(told));
        Assert.That(ChannelPosts(), Is.Empty);
    }

    [Test]
    public async Task BackgroundService_RunsTheWavesWhenTheFakeClockMoves()
    {
        await _bot.MemberAsync("carol", "graphisme");
        var service = _bot.Get<IEnumerable<IHostedService>>().OfType<WaveBackgroundService>().Single();
        await service.StartAsync(CancellationToken.None);
        try
        {
            await _bot.CommandAsync(_alice, "new Affiche | compétences: graphisme | vagues: auto");

            // The loop sleeps on the fake clock: move it an hour at a time until the second wave is out.
            var waited = TimeSpan.Zero;
            while (!_bot.DirectTexts(_alice).Any(t => t.Contains("Vague 2", StringComparison.Ordinal)) && waited < TimeSpan.FromSeconds(20))
            {
                _bot.Clock.Advance(TimeSpan.FromHours(1));
                await Task.Delay(20);
                waited += TimeSpan.FromMilliseconds(20);
            }

            Assert.That(_bot.DirectTexts(_alice), Has.Some.Contains("Vague 2"));
            Assert.That(_bot.Clock.GetUtcNow() - new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), Is.GreaterThanOrEqualTo(Delay));
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }
}
