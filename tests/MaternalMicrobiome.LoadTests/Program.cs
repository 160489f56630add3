using System.Diagnostics;
using System.Globalization;
using MaternalMicrobiome.LoadTests;
using MaternalMicrobiome.MailCapture;
using Microsoft.Playwright;

// Simulated mothers against a running app (tests/load/run.sh starts one): each is a real Blazor circuit in one shared
// headless Chromium. Per step N: actions, errors, latency percentiles; then server memory per idle circuit.
// dotnet run -c Release --project tests/MaternalMicrobiome.LoadTests -- --url http://127.0.0.1:5199 --users 10,20,40 --duration 60s --max-users 100 --pid <app pid>
var options = LoadOptions.Parse(args);
var invariant = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(invariant, $"Target {options.BaseUrl}, steps [{string.Join(", ", options.Users)}] mothers, {options.Duration.TotalSeconds:0} s each, think {options.Think.TotalMilliseconds:0} ms, cores {Environment.ProcessorCount}"));

// Registration mails a confirmation link, as in production: the run catches it on its own SMTP server and each mother
// follows her link and logs in (tests/load/run.sh points the app at this port).
await using var mailbox = await MailCaptureServer.StartAsync(options.SmtpPort);

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

var mothers = new List<SimulatedMother>();
async Task EnsureMothersAsync(int count)
{
    var clock = Stopwatch.StartNew();
    var added = count - mothers.Count;
    // A few registrations at a time: they are not what is measured, and Chromium shares two cores.
    while (mothers.Count < count)
    {
        var batch = Math.Min(5, count - mothers.Count);
        mothers.AddRange(await Task.WhenAll(Enumerable.Range(0, batch).Select(_ => SimulatedMother.RegisterAsync(browser, options.BaseUrl, mailbox))));
    }

    if (added > 0)
    {
        Console.WriteLine(string.Create(invariant, $"  registered {added} mothers in {clock.Elapsed.TotalSeconds:0.0} s"));
    }
}

Console.WriteLine();
Console.WriteLine("| mothers | actions | errors | p50 | p95 | p99 | actions/s | load avg (1 min) |");
Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
var rows = new List<string>();
var held = 0;
foreach (var users in options.Users)
{
    await EnsureMothersAsync(users);
    var active = mothers.Take(users).ToList();
    await Task.WhenAll(active.Select(m => m.OpenIdleAsync("today", "[data-testid=overall-score]")));

    var samples = new List<ActionSample>();
    using var stop = new CancellationTokenSource(options.Duration);
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(active.Select(m => m.RunAsync(samples, options.Think, stop.Token)));
    var seconds = clock.Elapsed.TotalSeconds;

    var latencies = samples.Where(s => !s.Failed).Select(s => s.Milliseconds).Order().ToList();
    var errors = samples.Count(s => s.Failed);
    var p95 = Percentiles.Of(latencies, 95);
    Console.WriteLine(string.Create(invariant,
        $"| {users} | {samples.Count} | {errors} | {Percentiles.Of(latencies, 50):0} ms | {p95:0} ms | {Percentiles.Of(latencies, 99):0} ms | {samples.Count / seconds:0.0} | {LoadAverage()} |"));
    foreach (var action in samples.GroupBy(s => s.Action))
    {
        var times = action.Where(s => !s.Failed).Select(s => s.Milliseconds).Order().ToList();
        rows.Add(string.Create(invariant,
            $"| {users} | {action.Key} | {action.Count()} | {action.Count(s => s.Failed)} | {Percentiles.Of(times, 50):0} ms | {Percentiles.Of(times, 95):0} ms | {Percentiles.Of(times, 99):0} ms |"));
    }

    if (errors == 0 && p95 < 200)
    {
        held = users;
    }
}

Console.WriteLine();
Console.WriteLine("| mothers | action | count | errors | p50 | p95 | p99 |");
Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
rows.ForEach(Console.WriteLine);
Console.WriteLine();
Console.WriteLine(held > 0
    ? $"Largest step held with p95 < 200 ms and no errors: {held} mothers."
    : "No step held p95 < 200 ms without errors.");

if (options.ProcessId > 0 && mothers.Count > 0)
{
    // Idle circuits only: nobody clicks, so the difference is what the server keeps per connected mother.
    await EnsureMothersAsync(Math.Max(options.IdleCircuits, mothers.Count));
    var n = mothers.Count;
    Console.WriteLine();
    Console.WriteLine(string.Create(invariant, $"Server memory per idle circuit, N = {n} (median of 9 VmRSS samples each{(options.GcDumpTool is null ? "" : "; managed heap after a full GC by dotnet-gcdump")}):"));
    foreach (var (path, ready) in new[] { ("", (string?)null), ("today", "[data-testid=suggestion], [data-testid=no-suggestions]") })
    {
        await Task.WhenAll(mothers.Select(m => m.LeaveAsync()));
        var baseline = await ResidentMemory.MedianMiBAsync(options.ProcessId);
        var heapBaseline = options.GcDumpTool is { } tool0 ? await ManagedHeap.CollectAsync(tool0, options.ProcessId, "none") : default;
        await Task.WhenAll(mothers.Select(m => m.OpenIdleAsync(path, ready)));
        var loaded = await ResidentMemory.MedianMiBAsync(options.ProcessId);
        var page = path.Length == 0 ? "/ (home)" : "/" + path;
        Console.WriteLine(string.Create(invariant,
            $"  {page}: RSS_0 {baseline:0.0} MiB, RSS_N {loaded:0.0} MiB, (RSS_N - RSS_0) / N = {(loaded - baseline) * 1024 / n:0} KiB"));
        if (options.GcDumpTool is { } tool)
        {
            var heap = await ManagedHeap.CollectAsync(tool, options.ProcessId, path.Length == 0 ? "home" : path);
            Console.WriteLine(string.Create(invariant,
                $"  {page}: heap_0 {heapBaseline.MiB:0.00} MiB, heap_N {heap.MiB:0.00} MiB, (heap_N - heap_0) / N = {(heap.MiB - heapBaseline.MiB) * 1024 / n:0} KiB ({heap.DumpPath})"));
        }
    }
}

await Task.WhenAll(mothers.Select(m => m.CloseAsync()));

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
