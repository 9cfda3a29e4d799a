// Unit tests run without a browser i18n API: t() reads the English catalog, as the CLI does.
import '@/lib/i18n/english';
