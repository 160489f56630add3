using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Domain.Tests.Catalog;

public sealed class FoodSearchIndexTests
{
    private static readonly SearchableFood[] Catalog =
    [
        new(1, "Lentils, mature seeds, cooked, boiled, without salt", ["dal", "daal"], "Legumes and Legume Products"),
        new(2, "Yogurt, Greek, plain, nonfat", [], "Dairy and Egg Products"),
        new(3, "Yogurt, plain, whole milk", [], "Dairy and Egg Products"),
        new(4, "Chickpeas (garbanzo beans, bengal gram), mature seeds, cooked", ["hummus beans"], "Legumes and Legume Products"),
        new(5, "KEEBLER, GREEK YOGURT coated pretzels", [], "Snacks", NovaGroup: 4),
        new(6, "Kefir, plain, lowfat", ["milk kefir"], "Dairy and Egg Products"),
        new(7, "Chocolate, dark, 70-85% cacao solids", [], "Sweets", NovaGroup: 3),
        new(8, "Lentil soup, homemade", [], "Soups, Sauces, and Gravies", NovaGroup: 3),
        new(9, "My grandmother's lentil stew", [], "Recipes", OwnerId: "mother-a"),
        new(10, "Rice, brown, long-grain, cooked", [], "Cereal Grains and Pasta"),
        new(11, "Ice creams, vanilla", [], "Sweets", NovaGroup: 4),
        new(12, "McDONALD'S, Fruit 'n Yogurt Parfait", [], "Fast Foods", NovaGroup: 4),
    ];

    private static readonly FoodSearchIndex Index = new(Catalog);

    private static List<int> Ids(string query, FoodSearchOptions? options = null) =>
        Index.Search(query, options ?? new FoodSearchOptions()).Select(f => f.Id).ToList();

    [Theory]
    [InlineData("lentl")]
    [InlineData("lnetils")]
    [InlineData("lentisl")]
    public void A_typo_still_finds_lentils(string query) => Assert.Contains(1, Ids(query));

    [Fact]
    public void A_longer_misspelt_word_is_allowed_two_typos() => Assert.Equal(7, Ids("choclatte")[0]);

    [Fact]
    public void Several_words_must_all_match_as_prefixes_in_any_order() =>
        Assert.Equal([2, 5], Ids("greek yog"));

    [Fact]
    public void Whole_everyday_foods_rank_above_branded_and_restaurant_items()
    {
        var yogurts = Ids("yogurt");

        Assert.True(yogurts.IndexOf(3) < yogurts.IndexOf(5));
        Assert.True(yogurts.IndexOf(2) < yogurts.IndexOf(12));
    }

    [Theory]
    [InlineData("a glass of kefir")]
    [InlineData("plain kefir")]
    [InlineData("a cup of kefir")]
    public void Filler_words_lift_a_food_but_never_empty_the_results(string query) => Assert.Equal(6, Ids(query)[0]);

    [Fact]
    public void Filler_words_are_whole_words_not_prefixes() => Assert.Equal(Ids("lentils"), Ids("a lentils"));

    [Fact]
    public void Synonyms_are_searched_too() => Assert.Equal([4], Ids("garbanzo"));

    [Fact]
    public void A_correctly_spelt_word_does_not_drag_in_typo_neighbours() => Assert.Equal([10], Ids("rice"));

    [Fact]
    public void Recent_and_favourite_foods_come_first()
    {
        var preferred = new HashSet<int> { 8 };

        Assert.Equal(8, Ids("lentil", new FoodSearchOptions(Preferred: preferred))[0]);
        Assert.Equal(1, Ids("lentil")[0]);
    }

    [Fact]
    public void A_private_food_is_found_only_by_its_owner()
    {
        Assert.Contains(9, Ids("lentil stew", new FoodSearchOptions(OwnerId: "mother-a")));
        Assert.DoesNotContain(9, Ids("lentil stew", new FoodSearchOptions(OwnerId: "mother-b")));
        Assert.DoesNotContain(9, Ids("lentil stew"));
    }

    [Fact]
    public void A_nutritionist_planning_for_her_client_finds_her_library_and_the_clients_foods_but_no_one_elses()
    {
        Assert.Contains(9, Ids("lentil stew", new FoodSearchOptions(OwnerId: "mother-b", LibraryOwnerId: "mother-a")));
        Assert.Contains(9, Ids("lentil stew", new FoodSearchOptions(OwnerId: "mother-a", LibraryOwnerId: "nutritionist")));
        Assert.DoesNotContain(9, Ids("lentil stew", new FoodSearchOptions(OwnerId: "mother-b", LibraryOwnerId: "nutritionist")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!!")]
    [InlineData("zzzzzz")]
    public void Blank_or_unmatched_queries_return_nothing(string query) => Assert.Empty(Ids(query));

    [Fact]
    public void Take_limits_the_results() => Assert.Single(Index.Search("yogurt", 1));

    [Fact]
    public void Accents_and_case_are_ignored() => Assert.Equal(Ids("kefir"), Ids("KÉFIR"));

    [Property]
    public Property Every_result_matches_every_word_typed_as_a_prefix_or_within_two_typos()
    {
        var words = Catalog.SelectMany(f => FoodSearchIndex.Words(f.Name)).Distinct().ToArray();
        var typedWords = Gen.Elements(words).Select(w => w[..Math.Max(1, w.Length - 1)]);
        var queries = typedWords.ArrayOf().Where(a => a.Length is > 0 and < 4);
        return Prop.ForAll(queries.ToArbitrary(), typed =>
            Index.Search(string.Join(' ', typed), 50).All(food => typed.All(q => FoodWords(food).Any(w => Matches(q, w)))));
    }

    private static IEnumerable<string> FoodWords(SearchableFood food) =>
        FoodSearchIndex.Words(food.Name).Concat(food.Synonyms.SelectMany(FoodSearchIndex.Words));

    private static bool Matches(string typed, string word) =>
        word.StartsWith(typed, StringComparison.Ordinal)
        || Enumerable.Range(typed.Length - 2, 5).Any(length => length >= 1 && length <= word.Length && EditDistance.Bounded(typed, word.AsSpan(0, length), 2) <= 2);

    [Property]
    public Property Best_prefix_distance_is_the_smallest_distance_to_any_prefix(NonEmptyString typedText, NonEmptyString wordText)
    {
        var typed = typedText.Get.ToLowerInvariant();
        var word = wordText.Get.ToLowerInvariant();
        var expected = Enumerable.Range(0, word.Length + 1).Min(length => EditDistance.Bounded(typed, word.AsSpan(0, length), 2));
        return (EditDistance.BestPrefix(typed, word, 2) == Math.Min(expected, 3)).ToProperty();
    }

    [Theory]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("lentil", "lnetil", 1, 1)]
    [InlineData("abc", "abc", 0, 0)]
    [InlineData("abcdef", "uvwxyz", 2, 3)]
    public void Edit_distance_counts_transpositions_as_one_and_stops_past_the_bound(string a, string b, int max, int expected) =>
        Assert.Equal(expected, EditDistance.Bounded(a, b, max));
}
