using Microsoft.CodeAnalysis.Text;

namespace PortLint.Binding
{
    /// <summary>
    /// The words one of which every binding site PortLint reports has in its file's text: <c>Listen</c> (Kestrel's
    /// <c>Listen*</c>, <c>TcpListener</c>, <c>HttpListener</c>), <c>Urls</c> (<c>UseUrls</c>, <c>app.Urls</c>), <c>UseSetting</c>,
    /// <c>UdpClient</c>, <c>IPEndPoint</c> or <c>IPAddress</c> (an endpoint created for <c>Socket.Bind</c>, also with
    /// <c>new(...)</c>), <c>Prefixes</c>, <c>Addresses</c>, and <c>WebApplication</c> (<c>app.Run(url)</c>: an app is built or
    /// taken as a parameter where it runs). Common words such as <c>Run</c> or <c>Bind</c> are not enough on their own:
    /// <c>Task.Run</c> and configuration binding are everywhere. A tree without any of the words is skipped after one scan of
    /// its text.
    /// </summary>
    internal static class BindingWords
    {
        private static readonly string[] Words =
        {
            "Listen", "Urls", "UseSetting", "UdpClient", "IPEndPoint", "IPAddress", "Prefixes", "Addresses", "WebApplication",
        };

        public static bool MayAppearIn(SourceText text)
        {
            // StringText (every parsed file under 40K characters) returns its string without copying.
            var content = text.ToString();
            foreach (var word in Words)
            {
                if (content.IndexOf(word, System.StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
