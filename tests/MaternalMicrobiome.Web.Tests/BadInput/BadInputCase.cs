namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>One malformed input: its name (the test case's display name), the input, and the field its message must name.</summary>
public sealed record BadInputCase<T>(string Name, T Input, string Field);
