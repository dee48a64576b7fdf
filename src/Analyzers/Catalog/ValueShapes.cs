using System;

namespace PortLint.Catalog
{
    /// <summary>The syntax a bound value can have for PortLint to know it at compile time.</summary>
    [Flags]
    internal enum ValueShapes
    {
        None = 0,

        /// <summary>A literal, a name, an operator on them, an interpolated string or an array: it may be a constant.</summary>
        Constant = 1,

        /// <summary>An object created right there (an <c>IPEndPoint</c>; one held in a local is found from its creation).</summary>
        Creation = 2,

        /// <summary>A settings collection: a creation with an initializer, a collection expression, or a local holding one.</summary>
        Settings = 4,
    }

    internal static class ValueShapesOf
    {
        public static ValueShapes Kind(BoundValueKind kind) => kind switch
        {
            BoundValueKind.EndPoint => ValueShapes.Creation,
            BoundValueKind.Settings => ValueShapes.Settings,
            _ => ValueShapes.Constant,
        };
    }
}
