namespace Kompass.Ingest.Web.Tests;

/// <summary>Document text that would run as script if a page ever parsed it as HTML.</summary>
internal static class HostileText
{
    public const string Script = "<script>window.__kompassPwned = 'script'; alert('script')</script>";

    public const string Image = "<img src=x onerror=\"window.__kompassPwned = 'img'; alert('img')\">";
}
