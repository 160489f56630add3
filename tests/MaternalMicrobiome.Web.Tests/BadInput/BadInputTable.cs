using System.Collections;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>
/// A surface's case table. Theories take only the case name (a plain string xunit can serialize, so each case is its own
/// test even when the input holds NUL or a delegate) and look the case up here.
/// </summary>
public sealed class BadInputTable<T> : IEnumerable<BadInputCase<T>>
{
    private readonly Dictionary<string, BadInputCase<T>> cases = new(StringComparer.Ordinal);

    public BadInputCase<T> this[string name] => cases[name];

    public TheoryData<string> Names
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (var name in cases.Keys)
            {
                names.Add(name);
            }

            return names;
        }
    }

    public void Add(string name, T input, string field) => cases.Add(name, new BadInputCase<T>(name, input, field));

    public IEnumerator<BadInputCase<T>> GetEnumerator() => cases.Values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
