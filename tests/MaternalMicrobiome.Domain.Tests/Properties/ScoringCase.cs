using System.Globalization;

using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Tests.Properties;

/// <summary>A generated day to score: the foods of up to ten dates around it and a life stage.</summary>
public sealed record ScoringCase(DateOnly Day, LifeStage Stage, IReadOnlyList<ConsumedFood> Foods)
{
    public DayScore Score() => ScoreWith(Foods);

    public DayScore ScoreWith(IEnumerable<ConsumedFood> foods) => DayScorer.Score(Day, foods, DefaultTargets.For(Stage), Stage);

    public IEnumerable<ConsumedFood> With(params ConsumedFood[] more) => Foods.Concat(more);

    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Day:yyyy-MM-dd}, {Stage.Describe()}: [{string.Join("; ", Foods.Select(f => Describe(f, Day)))}]");

    public static string Describe(ConsumedFood food, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(food);
        return string.Create(CultureInfo.InvariantCulture, $"{food.Food.Name} {food.Grams:0.##} g on day {food.Date.DayNumber - day.DayNumber:+0;-0;0}");
    }
}
