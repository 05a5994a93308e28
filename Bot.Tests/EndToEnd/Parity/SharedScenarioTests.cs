using System.Text.RegularExpressions;
using MissionBot.Missions;

namespace MissionBot.Tests.EndToEnd.Parity;

/// <summary>
/// The same scenarios against every platform, through the real host and each platform's fake server: whatever
/// the chat, people get the same missions, candidacies and answers (only the command word and the markdown differ).
/// </summary>
[TestFixtureSource(typeof(ChatPlatforms), nameof(ChatPlatforms.Names))]
public sealed partial class SharedScenarioTests(string platformName)
{
    private IChatPlatformUnderTest _chat = null!;

    [SetUp]
    public async Task SetUp()
    {
        _chat = ChatPlatforms.Create(platformName);
        await _chat.StartAsync();
    }

    [TearDown]
    public async Task TearDown() => await _chat.DisposeAsync();

    private async Task<BotPost> NewMissionAsync()
    {
        await _chat.CommandAsync(_chat.Alice, "new Atelier vélo | réparer les vélos du quartier | lieu: Lyon");
        await _chat.WaitUntilAsync(() => _chat.Announcements.Count == 1, "the announcement");
        return _chat.Announcements.Single();
    }

    /// <summary>"**Candidatures :** 1" on Mattermost, "*Candidatures :* 1" on Rocket.Chat.</summary>
    private bool ShowsCandidates(BotPost announcement, int count) =>
        CandidateCount().Match(_chat.CurrentText(announcement)) is { Success: true } match && match.Groups[1].Value == count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public async Task NewMission_IsAnnounced_AndTheOwnerIsAnsweredPrivately()
    {
        var answer = await _chat.CommandAsync(_chat.Alice, "new Atelier vélo | réparer les vélos du quartier | lieu: Lyon");

        await _chat.WaitUntilAsync(() => _chat.Announcements.Count == 1, "the announcement");
        var announcement = _chat.Announcements.Single();
        Assert.Multiple(() =>
        {
            Assert.That(answer, Does.Contain("#1").And.Contain($"`{_chat.Command} show 1`"));
            Assert.That(announcement.Text, Does.Contain("Mission #1 · Atelier vélo").And.Contain("Lyon"));
            Assert.That(announcement.Text, Does.Contain($"`{_chat.Command} join 1`"));
            Assert.That(_chat.Missions.Single().OwnerId, Is.EqualTo(_chat.Alice.Id));
            Assert.That(_chat.Missions.Single().AnnouncementPostId, Is.EqualTo(announcement.Id));
        });
    }

    [Test]
    public async Task ThreadReply_Volunteering_RecordsOneCandidacy_ReactsAndTellsBoth()
    {
        var announcement = await NewMissionAsync();

        var reply = await _chat.ReplyInThreadAsync(_chat.Bob, announcement, "Je suis partant !");
        // Each goes on its own (side by side): all four are waited for before the second reply.
        await _chat.WaitUntilAsync(() => _chat.DirectMessagesTo(_chat.Bob).Count == 1, "bob's acknowledgement");
        await _chat.WaitUntilAsync(() => _chat.BotReactionsOn(reply).Count > 0, "the reaction on bob's reply");
        await _chat.WaitUntilAsync(() => ShowsCandidates(announcement, 1), "the announcement to count one candidacy");
        await _chat.WaitUntilAsync(() => _chat.DirectMessagesTo(_chat.Alice).Any(m => m.Contains("@bob", StringComparison.Ordinal)), "alice to hear about bob");
        await _chat.ReplyInThreadAsync(_chat.Bob, announcement, "+1");
        await _chat.BarrierAsync();

        var candidacy = _chat.Candidacies.Single();
        Assert.Multiple(() =>
        {
            Assert.That((candidacy.PersonId, candidacy.Source), Is.EqualTo((_chat.Bob.Id, CandidacySource.Thread)));
            Assert.That(_chat.BotReactionsOn(reply), Is.EquivalentTo((string[])["white_check_mark"]));
            Assert.That(_chat.DirectMessagesTo(_chat.Bob).Single(), Does.Contain("candidature").And.Contain("#1").And.Contain($"{_chat.Command} leave 1"));
            Assert.That(_chat.DirectMessagesTo(_chat.Alice), Has.Exactly(1).Contains("@bob"));
        });
    }

    [Test]
    public async Task JoinButton_RecordsTheCandidacyOfThePersonWhoClicked()
    {
        var announcement = await NewMissionAsync();

        var answer = await _chat.ClickJoinAsync(_chat.Carol, announcement);

        await _chat.WaitUntilAsync(() => _chat.DirectMessagesTo(_chat.Alice).Any(m => m.Contains("@carol", StringComparison.Ordinal)), "alice to hear about carol");
        var candidacy = _chat.Candidacies.Single();
        Assert.Multiple(() =>
        {
            Assert.That(answer, Does.Contain("candidature").And.Contain("#1"));
            Assert.That(candidacy.PersonId, Is.EqualTo(_chat.Carol.Id));
            Assert.That(candidacy.Source, Is.EqualTo(_chat.ClickSource));
        });
    }

    [Test]
    public async Task Owner_VolunteeringInTheirOwnThread_IsRefusedPrivately()
    {
        var announcement = await NewMissionAsync();

        var reply = await _chat.ReplyInThreadAsync(_chat.Alice, announcement, "je suis partante");

        await _chat.WaitUntilAsync(() => _chat.DirectMessagesTo(_chat.Alice).Any(m => m.Contains("tu ne peux pas t'y proposer", StringComparison.Ordinal)), "alice to be told she cannot volunteer");
        Assert.Multiple(() =>
        {
            Assert.That(_chat.Candidacies, Is.Empty);
            Assert.That(_chat.BotReactionsOn(reply), Is.Empty);
        });
    }

    [Test]
    public async Task QuestionInTheThread_IsLeftAlone()
    {
        var announcement = await NewMissionAsync();

        var question = await _chat.ReplyInThreadAsync(_chat.Bob, announcement, "Dispo quand exactement ?");
        await _chat.BarrierAsync();

        Assert.Multiple(() =>
        {
            Assert.That(_chat.Candidacies, Is.Empty);
            Assert.That(_chat.DirectMessagesTo(_chat.Bob), Is.Empty);
            Assert.That(_chat.BotReactionsOn(question), Is.Empty);
        });
    }

    [Test]
    public async Task Leave_AfterVolunteering_WithdrawsAndUpdatesTheAnnouncement()
    {
        var announcement = await NewMissionAsync();
        await _chat.ReplyInThreadAsync(_chat.Bob, announcement, "Je suis partant !");
        await _chat.WaitUntilAsync(() => _chat.DirectMessagesTo(_chat.Bob).Count == 1, "bob's acknowledgement");
        await _chat.WaitUntilAsync(() => ShowsCandidates(announcement, 1), "the announcement to count one candidacy");

        var answer = await _chat.CommandAsync(_chat.Bob, "leave 1");

        await _chat.WaitUntilAsync(() => ShowsCandidates(announcement, 0), "the announcement to count no candidacy");
        await _chat.WaitUntilAsync(() => _chat.DirectMessagesTo(_chat.Alice).Any(m => m.Contains("a retiré sa candidature", StringComparison.Ordinal)), "alice to hear bob withdrew");
        Assert.That(answer, Does.Contain("retirée"));
        Assert.That(_chat.Candidacies.Single().Status, Is.EqualTo(CandidacyStatus.Withdrawn));
    }

    [Test]
    public async Task DirectMessage_List_IsAnsweredInTheDirectConversation()
    {
        await NewMissionAsync();

        await _chat.SendDirectAsync(_chat.Bob, "list");

        await _chat.WaitUntilAsync(() => _chat.DirectMessagesTo(_chat.Bob).Count == 1, "the bot to answer bob's DM");
        Assert.That(_chat.DirectMessagesTo(_chat.Bob).Single(), Does.Contain("#1").And.Contain("Atelier vélo"));
    }

    [TestCase("new Affiche | échéance: demain matin", "« demain matin »")]
    [TestCase("join abc", "« abc » n'est pas un numéro de mission")]
    [TestCase("join 42", "Je ne trouve pas de mission")]
    [TestCase("frobnicate", "Je ne connais pas la commande « frobnicate »")]
    public async Task BadInput_IsExplainedPrivately_AndNothingIsStored(string command, string explanation)
    {
        var answer = await _chat.CommandAsync(_chat.Bob, command);

        Assert.Multiple(() =>
        {
            Assert.That(answer, Does.Contain(explanation));
            Assert.That(_chat.Missions, Is.Empty);
            Assert.That(_chat.Candidacies, Is.Empty);
            Assert.That(_chat.Announcements, Is.Empty);
        });
    }

    [GeneratedRegex(@"Candidatures :\*+ (\d+)")]
    private static partial Regex CandidateCount();
}
