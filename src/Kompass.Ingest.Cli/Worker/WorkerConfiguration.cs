using System.Collections;
using Kompass.Ingest.Domain.Guards;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.Memory;

namespace Kompass.Ingest.Cli.Worker;

/// <summary>
/// The worker's configuration, in order of precedence, lowest first: a JSON file
/// (<c>appsettings.json</c> in the current folder when there is one, or <c>--config FILE</c>),
/// environment variables prefixed <c>KOMPASS_</c> (<c>KOMPASS_Worker__SettleSeconds</c>), and
/// the flags given on the command line. Knows where each value came from, so that a wrong one
/// is named with its source.
/// </summary>
public sealed class WorkerConfiguration
{
    /// <summary>The prefix of the environment variables read (removed from the key).</summary>
    public const string EnvironmentPrefix = "KOMPASS_";

    /// <summary>The file read from the current folder when no <c>--config</c> is given.</summary>
    public const string DefaultFile = "appsettings.json";

    private readonly string? _file;
    private readonly IReadOnlyDictionary<string, string> _flagNames;

    private WorkerConfiguration(ConfigurationManager configuration, string? file, IReadOnlyDictionary<string, string> flagNames)
    {
        Configuration = configuration;
        _file = file;
        _flagNames = flagNames;
    }

    /// <summary>Every setting, merged; the host is built over it.</summary>
    public ConfigurationManager Configuration { get; }

    /// <summary>
    /// Reads the file (<paramref name="configFile"/>, else the default one when it exists), the
    /// environment and <paramref name="flags"/> (configuration key, flag name, value). A missing
    /// <c>--config</c> file or malformed JSON is a <see cref="UserActionableException"/>.
    /// </summary>
    public static WorkerConfiguration Load(string? configFile, IReadOnlyList<(string Key, string Flag, string Value)> flags)
    {
        Guard.NotNull(flags);
        var file = configFile is null ? Path.GetFullPath(DefaultFile) : Path.GetFullPath(configFile);
        if (configFile is not null && !File.Exists(file))
        {
            throw new UserActionableException($"configuration file '{configFile}' does not exist");
        }

        var configuration = new ConfigurationManager();
        var readFile = File.Exists(file) ? file : null;
        if (readFile is not null)
        {
            try
            {
                configuration.AddJsonFile(readFile, optional: false, reloadOnChange: false);
            }
            catch (InvalidDataException e)
            {
                // The JSON reader's own message, innermost, says where: "… LineNumber: 2 | BytePositionInLine: 0."
                var reason = e.GetBaseException().Message.ReplaceLineEndings(" ").Trim();
                throw new UserActionableException($"configuration file '{readFile}' is not valid JSON: {reason}", e);
            }
        }

        configuration.AddEnvironmentVariables(EnvironmentPrefix);
        configuration.AddInMemoryCollection(flags.Select(f => KeyValuePair.Create(f.Key, (string?)f.Value)));
        return new WorkerConfiguration(configuration, readFile, flags.ToDictionary(f => f.Key, f => f.Flag, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Where the value in force for <paramref name="key"/> comes from, e.g. <c>--settle</c>; null when unset.</summary>
    public string? SourceOf(string key)
    {
        IConfigurationRoot root = Configuration;
        foreach (var provider in root.Providers.Reverse())
        {
            if (!provider.TryGet(key, out _))
            {
                continue;
            }

            return provider switch
            {
                MemoryConfigurationProvider when _flagNames.TryGetValue(key, out var flag) => flag,
                EnvironmentVariablesConfigurationProvider => $"environment variable {EnvironmentVariable(key)}",
                JsonConfigurationProvider => $"file {_file}",
                _ => null,
            };
        }

        return null;
    }

    // The variable as it is spelled in the environment (keys are case-insensitive).
    private static string EnvironmentVariable(string key)
    {
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase)
                && string.Equals(name[EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal), key, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return EnvironmentPrefix + key.Replace(":", "__", StringComparison.Ordinal);
    }
}
