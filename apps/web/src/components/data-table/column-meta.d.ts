import "@tanstack/react-table";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the parameters must match TanStack's declaration
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Name shown in the column-visibility menu. */
    label?: string;
    /** Classes for the column's header and cells (width, alignment). */
    className?: string;
    /** Width of the skeleton bar shown while rows load. */
    skeletonClassName?: string;
  }
}
