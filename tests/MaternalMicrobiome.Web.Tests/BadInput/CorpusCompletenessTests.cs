using System.Reflection;
using FluentValidation;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>
/// The bad-input corpus is complete by construction: every request type a form submits (each type the app validates
/// with FluentValidation) has a case table, or is named in <see cref="CoveredInside"/> with the table whose cases send it.
/// A new form without cases fails here.
/// </summary>
public sealed class CorpusCompletenessTests
{
    /// <summary>Request types sent inside another table's cases, or as a field that table already varies.</summary>
    private static readonly Dictionary<string, string> CoveredInside = new(StringComparer.Ordinal)
    {
        ["CommentRequest"] = "CommentBadInputTests.Comments",
        ["InviteCodeRequest"] = "InviteBadInputTests.Codes",
        ["InviteEmailRequest"] = "InviteEmailBadInputTests.Emails",
        ["RegisterRequest"] = "AccountFormBadInputTests.Registrations",
        ["AccountEmailRequest"] = "AccountMailFormBadInputTests.EmailForms",
        ["ResetPasswordRequest"] = "AccountMailFormBadInputTests.PasswordResets",
        ["INewPassword"] = "AccountMailFormBadInputTests.PasswordResets",
        ["IngredientRequest"] = "MyFoodsBadInputTests.Recipes",
        ["PortionRequest"] = "MyFoodsBadInputTests.CustomFoods",
        ["ClientTargetEdit"] = "ClientTargetBadInputTests.Targets",
        ["RecommendationRequest"] = "RecommendationBadInputTests.Recommendations",
    };

    private static readonly Assembly Tests = typeof(CorpusCompletenessTests).Assembly;

    [Fact]
    public void Every_validated_request_type_has_bad_input_cases()
    {
        var inTables = Tables().SelectMany(t => TypesIn(t.PropertyType.GetGenericArguments()[0])).ToHashSet();
        var validated = typeof(Program).Assembly.GetTypes()
            .Select(t => t.BaseType)
            .Where(b => b is { IsGenericType: true } && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .Select(b => b!.GetGenericArguments()[0])
            .Distinct()
            .ToList();

        var missing = validated.Where(t => !inTables.Contains(t) && !CoveredInside.ContainsKey(t.Name)).Select(t => t.Name).Order(StringComparer.Ordinal).ToList();

        Assert.True(validated.Count >= 10, $"{validated.Count} validated request types");
        Assert.True(missing.Count == 0, "Request types with no bad-input cases: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_table_named_as_covering_a_type_exists_and_holds_cases()
    {
        var tables = Tables().ToDictionary(p => $"{p.DeclaringType!.Name}.{p.Name}", StringComparer.Ordinal);

        Assert.All(CoveredInside, pair =>
        {
            Assert.True(tables.TryGetValue(pair.Value, out var table), $"{pair.Key}: no table {pair.Value}");
            var cases = (System.Collections.IEnumerable)table.GetValue(null)!;
            Assert.NotEmpty(cases);
        });
    }

    private static IEnumerable<PropertyInfo> Tables() =>
        Tests.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(BadInputTable<>));

    /// <summary>A table's case type and every type inside it: Action&lt;T&gt;, tuples, T itself.</summary>
    private static IEnumerable<Type> TypesIn(Type type)
    {
        yield return Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(TypesIn))
            {
                yield return inner;
            }
        }
    }
}
