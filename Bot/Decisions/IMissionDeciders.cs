namespace MissionBot.Decisions;

/// <summary>Who, besides the owner and coordinators, may decide for a mission (its jury).</summary>
public interface IMissionDeciders
{
    bool MayDecide(int missionNumber, string personId);
}
