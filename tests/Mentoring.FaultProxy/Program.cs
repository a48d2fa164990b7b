using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;

// A reverse proxy for the fault suite: round robin over the API nodes given as Proxy:Nodes:0, Proxy:Nodes:1, … with
// active (GET /health/live every second) and passive (failed requests) health checks, as a production balancer has.
// A request with the header X-Fault-Node: N goes to node N only (a test that needs "node A, then node B").
// YARP's default transforms set X-Forwarded-For (the address the client connected from), -Proto, -Host and -Prefix.
var builder = WebApplication.CreateBuilder(args);
var nodes = builder.Configuration.GetSection("Proxy:Nodes").Get<string[]>() ?? throw new InvalidOperationException("Proxy:Nodes:0 … are required.");

var health = new HealthCheckConfig
{
    Active = new ActiveHealthCheckConfig
    {
        Enabled = true, Interval = TimeSpan.FromSeconds(1), Timeout = TimeSpan.FromSeconds(2), Path = "/health/live",
        Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
    },
    Passive = new PassiveHealthCheckConfig
    {
        Enabled = true, Policy = HealthCheckConstants.PassivePolicy.TransportFailureRate, ReactivationPeriod = TimeSpan.FromSeconds(2),
    },
    AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyOrPanic,
};
var clusters = new List<ClusterConfig>
{
    new()
    {
        ClusterId = "all", LoadBalancingPolicy = "RoundRobin", HealthCheck = health,
        Destinations = nodes.Select((address, i) => (address, i)).ToDictionary(n => $"node{n.i}", n => new DestinationConfig { Address = n.address }),
    },
};
var routes = new List<RouteConfig> { new() { RouteId = "all", ClusterId = "all", Match = new RouteMatch { Path = "{**rest}" }, Order = 100 } };
for (var i = 0; i < nodes.Length; i++)
{
    clusters.Add(new ClusterConfig { ClusterId = $"node{i}", Destinations = new Dictionary<string, DestinationConfig> { ["only"] = new() { Address = nodes[i] } } });
    routes.Add(new RouteConfig
    {
        RouteId = $"node{i}", ClusterId = $"node{i}", Order = 1,
        Match = new RouteMatch { Path = "{**rest}", Headers = [new RouteHeader { Name = "X-Fault-Node", Values = [i.ToString(System.Globalization.CultureInfo.InvariantCulture)] }] },
    });
}

builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddReverseProxy().LoadFromMemory(routes, clusters);
var app = builder.Build();
app.MapReverseProxy();
app.Run();
