using FramingAnalysis.Analysis;
using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Schema;

namespace FramingAnalysis.DataFrames;

/// <summary>
/// Writes and reads Apache Parquet files (Parquet.Net, no native code): the unit table of
/// <see cref="FramingDataFrames.ToDataFrame(IEnumerable{UnitAnalysis}, IReadOnlyList{string}?, IReadOnlyList{string}?)"/>
/// or any DataFrame with string, double, float, int, long, bool or DateTime columns. Every column is written as
/// nullable (Parquet's OPTIONAL), so pandas (<c>pd.read_parquet</c>) and R (<c>arrow::read_parquet</c>) read it with
/// no options: strings as UTF-8 text, numbers with their types, NaN kept. Thread-safe (no shared state).
/// </summary>
public static class ParquetExport
{
    /// <summary>Writes one row per scored unit to a Parquet file (the columns of the unit table).</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="units">The unit analyses.</param>
    /// <param name="frames">Frame ids for the frame columns; null for the default.</param>
    /// <param name="targets">Target names for the stance columns; null for every target seen.</param>
    public static void WriteUnits(string path, IEnumerable<UnitAnalysis> units, IReadOnlyList<string>? frames = null, IReadOnlyList<string>? targets = null) =>
        WriteUnitsAsync(path, units, frames, targets).GetAwaiter().GetResult();

    /// <summary>Writes one row per scored unit to a Parquet file.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="units">The unit analyses.</param>
    /// <param name="frames">Frame ids for the frame columns; null for the default.</param>
    /// <param name="targets">Target names for the stance columns; null for every target seen.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    public static Task WriteUnitsAsync(string path, IEnumerable<UnitAnalysis> units, IReadOnlyList<string>? frames = null, IReadOnlyList<string>? targets = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        return WriteAsync(path, units.ToDataFrame(frames, targets), cancellationToken);
    }

    /// <summary>Writes a DataFrame to a Parquet file as one row group.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="frame">The table.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    public static async Task WriteAsync(string path, DataFrame frame, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            await WriteAsync(stream, frame, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes a DataFrame to a stream as a Parquet file with one row group.</summary>
    /// <param name="stream">A writable, seekable stream; left open.</param>
    /// <param name="frame">The table.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    public static async Task WriteAsync(Stream stream, DataFrame frame, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(frame);
        var writer = await ParquetWriter.CreateAsync(SchemaOf(frame), stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            await WriteRowGroupAsync(writer, frame, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a Parquet file of flat columns (all row groups) into a DataFrame with typed columns.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The table.</returns>
    public static DataFrame Read(string path) => ReadAsync(path).GetAwaiter().GetResult();

    /// <summary>Reads a Parquet file of flat columns (all row groups) into a DataFrame with typed columns.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The table.</returns>
    /// <exception cref="NotSupportedException">A column of a type this reader does not map (nested, binary, decimal…).</exception>
    public static async Task<DataFrame> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var reader = await ParquetReader.CreateAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var fields = reader.Schema.GetDataFields();
            var columns = fields.Select(NewColumn).ToList();
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var rowGroup = reader.OpenRowGroupReader(g);
                var rows = checked((int)rowGroup.RowCount);
                for (var c = 0; c < fields.Length; c++)
                {
                    await ReadColumnAsync(rowGroup, fields[c], columns[c], rows, cancellationToken).ConfigureAwait(false);
                }
            }

            return new DataFrame(columns);
        }
    }

    internal static ParquetSchema SchemaOf(DataFrame frame) => new(frame.Columns.Select(FieldOf).ToArray());

    internal static async Task WriteRowGroupAsync(ParquetWriter writer, DataFrame frame, CancellationToken cancellationToken)
    {
        var fields = SchemaOf(frame).GetDataFields();
        using var rowGroup = writer.CreateRowGroup();
        for (var c = 0; c < frame.Columns.Count; c++)
        {
            var column = frame.Columns[c];
            var field = fields[c];
            switch (column)
            {
                case StringDataFrameColumn s:
                    await rowGroup.WriteAsync(field, (IReadOnlyCollection<string>)s.ToArray()).ConfigureAwait(false);
                    break;
                case PrimitiveDataFrameColumn<double> d:
                    await rowGroup.WriteAsync(field, new ReadOnlyMemory<double?>(d.ToArray()), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case PrimitiveDataFrameColumn<float> f:
                    await rowGroup.WriteAsync(field, new ReadOnlyMemory<float?>(f.ToArray()), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case PrimitiveDataFrameColumn<int> i:
                    await rowGroup.WriteAsync(field, new ReadOnlyMemory<int?>(i.ToArray()), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case PrimitiveDataFrameColumn<long> l:
                    await rowGroup.WriteAsync(field, new ReadOnlyMemory<long?>(l.ToArray()), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case PrimitiveDataFrameColumn<bool> b:
                    await rowGroup.WriteAsync(field, new ReadOnlyMemory<bool?>(b.ToArray()), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case PrimitiveDataFrameColumn<DateTime> t:
                    await rowGroup.WriteAsync(field, new ReadOnlyMemory<DateTime?>(t.ToArray()), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    throw new NotSupportedException($"column '{column.Name}': {column.DataType.Name} columns cannot be written to Parquet here");
            }
        }

        rowGroup.CompleteValidate();
    }

    private static DataField FieldOf(DataFrameColumn column) => column switch
    {
        StringDataFrameColumn => new DataField<string>(column.Name, true),
        PrimitiveDataFrameColumn<double> => new DataField<double?>(column.Name),
        PrimitiveDataFrameColumn<float> => new DataField<float?>(column.Name),
        PrimitiveDataFrameColumn<int> => new DataField<int?>(column.Name),
        PrimitiveDataFrameColumn<long> => new DataField<long?>(column.Name),
        PrimitiveDataFrameColumn<bool> => new DataField<bool?>(column.Name),
        PrimitiveDataFrameColumn<DateTime> => new DataField<DateTime?>(column.Name),
        _ => throw new NotSupportedException($"column '{column.Name}': {column.DataType.Name} columns cannot be written to Parquet here"),
    };

    private static DataFrameColumn NewColumn(DataField field)
    {
        var t = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        // Parquet.Net 6 reports UTF-8 text columns as ReadOnlyMemory<char>; they read back as strings.
        return t == typeof(string) || t == typeof(ReadOnlyMemory<char>) ? new StringDataFrameColumn(field.Name)
            : t == typeof(double) ? new DoubleDataFrameColumn(field.Name)
            : t == typeof(float) ? new SingleDataFrameColumn(field.Name)
            : t == typeof(int) ? new Int32DataFrameColumn(field.Name)
            : t == typeof(long) ? new Int64DataFrameColumn(field.Name)
            : t == typeof(bool) ? new BooleanDataFrameColumn(field.Name)
            : t == typeof(DateTime) ? new PrimitiveDataFrameColumn<DateTime>(field.Name)
            : throw new NotSupportedException($"column '{field.Name}': Parquet type {field.ClrType.Name} is not read here");
    }

    private static async Task ReadColumnAsync(ParquetRowGroupReader rowGroup, DataField field, DataFrameColumn column, int rows, CancellationToken ct)
    {
        switch (column)
        {
            case StringDataFrameColumn s:
                var strings = new string?[rows];
                await rowGroup.ReadAsync(field, strings.AsMemory(), cancellationToken: ct).ConfigureAwait(false);
                foreach (var v in strings)
                {
                    s.Append(v);
                }

                break;
            case PrimitiveDataFrameColumn<double> d:
                await AppendAsync(rowGroup, field, d, rows, ct).ConfigureAwait(false);
                break;
            case PrimitiveDataFrameColumn<float> f:
                await AppendAsync(rowGroup, field, f, rows, ct).ConfigureAwait(false);
                break;
            case PrimitiveDataFrameColumn<int> i:
                await AppendAsync(rowGroup, field, i, rows, ct).ConfigureAwait(false);
                break;
            case PrimitiveDataFrameColumn<long> l:
                await AppendAsync(rowGroup, field, l, rows, ct).ConfigureAwait(false);
                break;
            case PrimitiveDataFrameColumn<bool> b:
                await AppendAsync(rowGroup, field, b, rows, ct).ConfigureAwait(false);
                break;
            case PrimitiveDataFrameColumn<DateTime> t:
                await AppendAsync(rowGroup, field, t, rows, ct).ConfigureAwait(false);
                break;
        }
    }

    private static async Task AppendAsync<T>(ParquetRowGroupReader rowGroup, DataField field, PrimitiveDataFrameColumn<T> column, int rows, CancellationToken ct)
        where T : unmanaged
    {
        if (field.IsNullable)
        {
            var values = new T?[rows];
            await rowGroup.ReadAsync(field, values.AsMemory(), cancellationToken: ct).ConfigureAwait(false);
            foreach (var v in values)
            {
                column.Append(v);
            }
        }
        else
        {
            var values = new T[rows];
            await rowGroup.ReadAsync(field, values.AsMemory(), cancellationToken: ct).ConfigureAwait(false);
            foreach (var v in values)
            {
                column.Append(v);
            }
        }
    }
}
