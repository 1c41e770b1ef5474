using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Pipeline;
using Microsoft.Extensions.Configuration;

namespace Kompass.Ingest.Cli.Worker;

/// <summary>
/// Binds <see cref="WorkerOptions"/> from the worker's configuration and validates it before the
/// host starts: every value that is not a number or lies outside its <see cref="RangeAttribute"/>,
/// a missing archive folder or store folder, is a <see cref="UserActionableException"/> of one
/// line naming the setting, where it came from and what is allowed.
/// </summary>
public static class WorkerOptionsBinder
{
    /// <summary>The validated options.</summary>
    public static WorkerOptions Bind(WorkerConfiguration configuration)
    {
        Guard.NotNull(configuration);
        var section = configuration.Configuration.GetSection(WorkerOptions.Section);
        foreach (var property in typeof(WorkerOptions).GetProperties())
        {
            if (property.GetCustomAttribute<RangeAttribute>() is { } range)
            {
                Check(configuration, section, property, range);
            }
        }

        // Every ranged value converts now, so the binder cannot fail on one of them.
        var options = new WorkerOptions();
        section.Bind(options);
        ArchiveScanner.EnsureFolder(options.Archive);
        var store = Path.GetFullPath(options.Db);
        if (!Directory.Exists(Path.GetDirectoryName(store)))
        {
            throw new UserActionableException($"the folder of store '{options.Db}' does not exist; create it or choose another --db path");
        }

        return options;
    }

    private static void Check(WorkerConfiguration configuration, IConfigurationSection section, PropertyInfo property, RangeAttribute range)
    {
        var raw = section[property.Name];
        if (raw is null)
        {
            return;
        }

        var key = $"{WorkerOptions.Section}:{property.Name}";
        var source = configuration.SourceOf(key) is { } s ? $" (from {s})" : string.Empty;
        var allowed = string.Create(CultureInfo.InvariantCulture, $"allowed: {range.Minimum} to {range.Maximum}");
        object? value;
        try
        {
            // The converter the configuration binder uses, with the invariant culture it uses.
            value = TypeDescriptor.GetConverter(property.PropertyType).ConvertFromInvariantString(raw);
        }
#pragma warning disable CA1031 // A type converter reports a bad string through several exception types; each means "not a number".
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException or NotSupportedException)
#pragma warning restore CA1031
        {
            var kind = property.PropertyType == typeof(int) ? "a whole number" : "a number";
            throw new UserActionableException($"setting {key} is '{raw}'{source}, not {kind}; {allowed}", e);
        }

        if (!range.IsValid(value))
        {
            throw new UserActionableException($"setting {key} is {raw}{source}, out of range; {allowed}");
        }
    }
}
