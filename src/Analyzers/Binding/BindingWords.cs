using Microsoft.CodeAnalysis.Text;

namespace PortLint.Binding
{
    /// <summary>
    /// The words one of which every binding site PortLint can report has in its source text: <c>Listen</c> (Kestrel's
    /// <c>Listen*</c>, <c>TcpListener</c>, <c>HttpListener</c>), <c>Urls</c> (<c>UseUrls</c>, <c>app.Urls</c>), <c>UseSetting</c>,
    /// <c>UdpClient</c>, <c>IPEndPoint</c>, <c>Bind</c>, <c>Prefixes</c>, <c>Addresses</c>, <c>Run</c> (<c>Run</c>/<c>RunAsync</c>).
    /// A tree without any of them is skipped after one scan of its text.
    /// </summary>
    internal static class BindingWords
    {
        private static readonly string[] Words =
        {
            "Listen", "Urls", "UseSetting", "UdpClient", "IPEndPoint", "Bind", "Prefixes", "Addresses", "Run",
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
