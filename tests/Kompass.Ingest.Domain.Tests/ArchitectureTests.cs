using System.Reflection;
using System.Runtime.CompilerServices;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Domain.Tests;

/// <summary>Keeps the layering honest: an immutable domain, and extraction free of IO assemblies.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly DomainAssembly = typeof(ReportExtraction).Assembly;

    [Fact]
    public void DomainTypes_PublicProperties_HaveNoPublicSetters()
    {
        var mutable = DomainAssembly.GetExportedTypes()
            .Where(t => !t.IsInterface && !t.IsEnum)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        Assert.True(mutable.Count == 0, "mutable domain properties: " + string.Join(", ", mutable));
    }

    [Fact]
    public void Domain_References_NoPackages()
    {
        var references = DomainAssembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard",
            $"Domain references {name}"));
    }

    [Theory]
    [InlineData("UglyToad.PdfPig")]
    [InlineData("LiteDB")]
    [InlineData("PdfSharp")]
    [InlineData("Kompass.Ingest.Storage")]
    [InlineData("Kompass.Ingest.Layout")]
    public void Extraction_DoesNotReference_IoAssemblies(string forbidden)
    {
        var extraction = Assembly.Load("Kompass.Ingest.Extraction");

        var references = extraction.GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain(forbidden, references);
    }

    private static bool IsInitOnly(MethodInfo setter)
        => setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
