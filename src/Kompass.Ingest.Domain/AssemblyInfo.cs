// The domain is records and value types only: no package references, no IO.
[assembly: System.CLSCompliant(false)]
