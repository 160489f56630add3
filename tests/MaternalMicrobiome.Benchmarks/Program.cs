using System.Globalization;
using BenchmarkDotNet.Running;
using MaternalMicrobiome.Benchmarks;

// dotnet run -c Release --project tests/MaternalMicrobiome.Benchmarks -- --latency [size] [rounds]
// dotnet run -c Release --project tests/MaternalMicrobiome.Benchmarks -- --today [days] [requests]
// dotnet run -c Release --project tests/MaternalMicrobiome.Benchmarks -- --roster [clients] [days] [runs]
// dotnet run -c Release --project tests/MaternalMicrobiome.Benchmarks -- --session [accounts] [checks]
// dotnet run -c Release --project tests/MaternalMicrobiome.Benchmarks -- --library [clients]
// dotnet run -c Release --project tests/MaternalMicrobiome.Benchmarks -- --filter '*FoodSearch*'
if (args.Length > 0 && args[0] == "--latency")
{
    var size = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
    var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;
    LatencyReport.Run(size, rounds);
    return;
}

if (args.Length > 0 && args[0] == "--today")
{
    var days = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 730;
    var requests = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
    await TodayRenderReport.RunAsync(days, entriesPerDay: 10, requests);
    return;
}

if (args.Length > 0 && args[0] == "--roster")
{
    var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
    var days = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 365;
    var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 50;
    await RosterReport.RunAsync(clients, days, entriesPerDay: 8, runs);
    return;
}

if (args.Length > 0 && args[0] == "--session")
{
    var accounts = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
    var checks = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5_000;
    await SessionCheckReport.RunAsync(accounts, checks);
    return;
}

if (args.Length > 0 && args[0] == "--library")
{
    await LibraryReport.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(FoodSearchBenchmarks).Assembly).Run(args);
