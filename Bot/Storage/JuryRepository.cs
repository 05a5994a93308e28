using LiteDB;
using MissionBot.Jury;

namespace MissionBot.Storage;

/// <summary>Juries of missions (collection "juries", one per mission) and their scores (collection "jury_scores").</summary>
public sealed class JuryRepository
{
    private readonly ILiteCollection<MissionJury> _juries;
    private readonly ILiteCollection<JuryScore> _scores;

    public JuryRepository(BotDatabase db)
    {
        db.Mapper.Entity<MissionJury>().Id(j => j.MissionNumber, autoId: false);
        _juries = db.Collection<MissionJury>(CollectionNames.Juries);
        _scores = db.Collection<JuryScore>(CollectionNames.JuryScores);
        _scores.EnsureIndex(s => s.MissionNumber);
        _scores.EnsureIndex(s => s.JurorId);
        _scores.EnsureIndex(s => s.CandidateId);
    }

    public MissionJury? Find(int missionNumber) => _juries.FindById(missionNumber);

    public void Save(MissionJury jury) => _juries.Upsert(jury);

    public IReadOnlyList<MissionJury> All() => _juries.FindAll().ToList();

    public void SaveScore(JuryScore score)
    {
        score.Id = JuryScore.IdFor(score.MissionNumber, score.JurorId, score.CandidateId);
        _scores.Upsert(score);
    }

    public IReadOnlyList<JuryScore> ScoresFor(int missionNumber) => _scores.Find(s => s.MissionNumber == missionNumber).ToList();

    public int DeleteScoresBy(int missionNumber, string jurorId) => _scores.DeleteMany(s => s.MissionNumber == missionNumber && s.JurorId == jurorId);

    public IReadOnlyList<JuryScore> ScoresGivenBy(string jurorId) => _scores.Find(s => s.JurorId == jurorId).ToList();

    public IReadOnlyList<JuryScore> ScoresAbout(string candidateId) => _scores.Find(s => s.CandidateId == candidateId).ToList();

    public int DeleteScoresGivenBy(string jurorId) => _scores.DeleteMany(s => s.JurorId == jurorId);

    /// <summary>Scores about someone who asked to be forgotten stay in the ranking under an id that names nobody.</summary>
    public int AnonymiseScoresAbout(string candidateId, string anonymousId)
    {
        var about = ScoresAbout(candidateId);
        foreach (var score in about)
        {
            _scores.Delete(score.Id);
            score.CandidateId = anonymousId;
            SaveScore(score);
        }
        return about.Count;
    }
}
