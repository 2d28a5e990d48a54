import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a realistic cost-line CSV of any size to standard output, for the performance
 * measurements of docs/performance.md: categories by code, English and Chinese name,
 * dates over seven years (some after the five-year horizon), credits, phases, drivers and
 * purposes. The same size always gives the same file (fixed seed). Run it without
 * building anything: {@code java bench/GenerateCostLines.java 100000 > lines.csv}. With a
 * second argument {@code bad=N}, row N (the header is row 1) carries an amount with three
 * decimals, which the import must refuse without storing anything.
 */
public final class GenerateCostLines {

	private static final String[] CATEGORIES = { "HARDWARE", "Software", "基建费用", "COMMUNICATIONS", "人工费用",
			"Consumables", "UTILITIES", "管理费用", "Training", "其他费用" };

	private static final String[] DRIVERS = { "TRAINING", "DATA_MAINTENANCE", "INTEGRATION", "PROJECT_MANAGEMENT" };

	private GenerateCostLines() {
	}

	public static void main(String[] args) throws IOException {
		int lines = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int badRow = args.length > 1 && args[1].startsWith("bad=") ? Integer.parseInt(args[1].substring(4)) : -1;
		Random random = new Random(42);
		LocalDate start = LocalDate.of(2026, 1, 1);
		try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
			out.write("category,stage,kind,incurred_on,amount,vendor,description,phase,driver,purpose\n");
			for (int i = 0; i < lines; i++) {
				boolean development = random.nextInt(10) < 6;
				boolean actual = random.nextBoolean();
				boolean credit = actual && random.nextInt(50) == 0;
				long cents = 1000 + random.nextInt(5_000_000);
				String amount = (credit ? "-" : "") + cents / 100 + "." + String.format("%02d", cents % 100)
						+ (i + 2 == badRow ? "5" : "");
				LocalDate date = start.plusDays(random.nextInt(development ? 500 : 2500));
				out.write(CATEGORIES[random.nextInt(CATEGORIES.length)]);
				out.write(development ? ",DEVELOPMENT," : ",OPERATION,");
				out.write(actual ? "ACTUAL," : "PLANNED,");
				out.write(date + "," + amount + ",\"供应商 " + random.nextInt(200) + ", 华东\",");
				out.write(credit ? "退货冲减" : (random.nextInt(3) == 0 ? "第 " + i + " 笔" : ""));
				out.write("," + (development ? Integer.toString(1 + random.nextInt(9)) : ""));
				out.write("," + (random.nextInt(8) == 0 ? DRIVERS[random.nextInt(DRIVERS.length)] : ""));
				out.write("," + (development ? ""
						: random.nextInt(3) == 0 ? "KEEP_RUNNING" : random.nextInt(2) == 0 ? "ADVANCE" : ""));
				out.write("\n");
			}
		}
	}

}
