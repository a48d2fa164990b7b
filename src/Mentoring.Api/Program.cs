using Mentoring.Api.Hosting;

var app = MentoringApp.Build(args);
app.Run();

// Visible to the tests and the benchmark, which start the same host.
public partial class Program;
