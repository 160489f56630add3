namespace MaternalMicrobiome.LoadTests;

/// <summary>One timed action of one simulated mother: what, how long, whether it failed.</summary>
public readonly record struct ActionSample(string Action, double Milliseconds, bool Failed);
