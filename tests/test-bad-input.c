/* test-bad-input.c
 *
 * Bad input through the dialogs a user fills in, against the private
 * engine: each of the table's values is refused on its row, as typed,
 * with words that say why; the main action stays off, and pressing it
 * anyway sends nothing: no container, volume or network appears, so no
 * request can have failed on the engine's side.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "lading-network-dialog.h"
#include "lading-run-dialog.h"
#include "lading-test-app.h"
#include "lading-test-form.h"
#include "lading-test-util.h"
#include "lading-test-widgets.h"
#include "lading-volume-dialog.h"

static LadingApplication *app;

typedef enum
{
  DIALOG_RUN,
  DIALOG_VOLUME,
  DIALOG_NETWORK,
} Dialog;

/* The messages' first words (lading-run-text.c). */
#define NAME_WORDS      "Use two characters or more"
#define PORT_WORDS      "A port is a number from 1 to 65535."
#define MAPPING_WORDS   "Write a port as 8080:80"
#define ADDRESS_WORDS   "This is not an IP address"
#define PROTOCOL_WORDS  "The protocol after the slash"
#define KEY_WORDS       "Write NAME=value"
#define SIZE_WORDS      "Write a size such as 512m"
#define SMALL_WORDS     "at least 6 MiB"
#define CPUS_WORDS      "Write a number of CPUs"
#define QUOTES_WORDS    "A quote is not closed"
#define SUBNET_WORDS    "Write a subnet with its prefix length"
#define GATEWAY_WORDS   "The gateway must be an address of the subnet."
#define PATH_WORDS      "Write a full path"
#define MISSING_WORDS   "There is no such file or folder."
#define USER_WORDS      "Write a user name or number"
#define MOUNT_WORDS     "Write volume:/path or /folder:/path"

static const struct {
  Dialog      dialog;
  const char *add;        /* the tooltip of the button that adds the row, if a list's */
  const char *row;
  const char *text;
  const char *words;
} bad_inputs[] = {
  { DIALOG_RUN, NULL, "Image", "Lading-Fixture", "Image names are in lowercase letters." },
  { DIALOG_RUN, NULL, "Name (Optional)", "a", NAME_WORDS },
  { DIALOG_RUN, NULL, "Name (Optional)", "-web", NAME_WORDS },
  { DIALOG_RUN, NULL, "Name (Optional)", "my web", NAME_WORDS },
  { DIALOG_RUN, NULL, "Name (Optional)", "web/1", NAME_WORDS },
  { DIALOG_RUN, NULL, "Name (Optional)", "wéb", NAME_WORDS },
  { DIALOG_RUN, NULL, "Command (Optional)", "sh -c 'echo hi", QUOTES_WORDS },
  { DIALOG_RUN, NULL, "Command (Optional)", "echo \"hi", QUOTES_WORDS },
  { DIALOG_RUN, NULL, "Entrypoint (Optional)", "echo hi\\", QUOTES_WORDS },
  { DIALOG_RUN, "Add a Variable", "Variable", "DEBUG", KEY_WORDS },
  { DIALOG_RUN, "Add a Variable", "Variable", "=1", KEY_WORDS },
  { DIALOG_RUN, "Add a Variable", "Variable", "MY VAR=1", KEY_WORDS },
  { DIALOG_RUN, "Publish a Port", "Port", "0", PORT_WORDS },
  { DIALOG_RUN, "Publish a Port", "Port", "65536", PORT_WORDS },
  { DIALOG_RUN, "Publish a Port", "Port", "abc", PORT_WORDS },
  { DIALOG_RUN, "Publish a Port", "Port", "-80", PORT_WORDS },
  { DIALOG_RUN, "Publish a Port", "Port", "8000-8010:80", PORT_WORDS },
  { DIALOG_RUN, "Publish a Port", "Port", "80:80:80", ADDRESS_WORDS },
  { DIALOG_RUN, "Publish a Port", "Port", "1:2:3:4", MAPPING_WORDS },
  { DIALOG_RUN, "Publish a Port", "Port", "300.1.1.1:8080:80", ADDRESS_WORDS },
  { DIALOG_RUN, "Publish a Port", "Port", "[::1]:80", MAPPING_WORDS },
  { DIALOG_RUN, "Publish a Port", "Port", "80/http", PROTOCOL_WORDS },
  { DIALOG_RUN, "Add Storage", "Volume or Folder", "data", MOUNT_WORDS },
  { DIALOG_RUN, "Add Storage", "Volume or Folder", "data:/data:rx", MOUNT_WORDS },
  { DIALOG_RUN, "Add Storage", "Volume or Folder", "d:/data", NAME_WORDS },
  { DIALOG_RUN, "Add Storage", "Volume or Folder", "data:relative", PATH_WORDS },
  { DIALOG_RUN, "Add Storage", "Volume or Folder", "/nonexistent/lading-test:/data",
    MISSING_WORDS },
  { DIALOG_RUN, "Add a Label", "Label", "=x", KEY_WORDS },
  { DIALOG_RUN, NULL, "Memory Limit (Optional)", "12xb", SIZE_WORDS },
  { DIALOG_RUN, NULL, "Memory Limit (Optional)", "lots", SIZE_WORDS },
  { DIALOG_RUN, NULL, "Memory Limit (Optional)", "-5m", SIZE_WORDS },
  { DIALOG_RUN, NULL, "Memory Limit (Optional)", "5m", SMALL_WORDS },
  { DIALOG_RUN, NULL, "CPU Limit (Optional)", "two", CPUS_WORDS },
  { DIALOG_RUN, NULL, "CPU Limit (Optional)", "0.001", CPUS_WORDS },
  { DIALOG_RUN, NULL, "CPU Limit (Optional)", "1,5", CPUS_WORDS },
  { DIALOG_RUN, NULL, "User (Optional)", "a b", USER_WORDS },
  { DIALOG_RUN, NULL, "User (Optional)", "1000:", USER_WORDS },
  { DIALOG_RUN, NULL, "Working Folder (Optional)", "srv", PATH_WORDS },
  { DIALOG_VOLUME, NULL, "Name (Optional)", "a", NAME_WORDS },
  { DIALOG_VOLUME, NULL, "Name (Optional)", ".data", NAME_WORDS },
  { DIALOG_VOLUME, NULL, "Name (Optional)", "my data", NAME_WORDS },
  { DIALOG_VOLUME, "Add an Option", "Option", "colour=red", "takes only the options" },
  { DIALOG_VOLUME, "Add an Option", "Option", "device=tmpfs", "needs type and device together" },
  { DIALOG_VOLUME, "Add an Option", "Option", "o=size=1m", "needs type and device together" },
  { DIALOG_VOLUME, "Add an Option", "Option", "size", KEY_WORDS },
  { DIALOG_VOLUME, "Add a Label", "Label", " x=1", KEY_WORDS },
  { DIALOG_NETWORK, NULL, "Name", "a", NAME_WORDS },
  { DIALOG_NETWORK, NULL, "Name", "net work", NAME_WORDS },
  { DIALOG_NETWORK, NULL, "Name", "none", "exists already" },
  { DIALOG_NETWORK, NULL, "IPv4 Subnet (Optional)", "10.0.0.0/33", SUBNET_WORDS },
  { DIALOG_NETWORK, NULL, "IPv4 Subnet (Optional)", "10.0.0.0", SUBNET_WORDS },
  { DIALOG_NETWORK, NULL, "IPv4 Subnet (Optional)", "10.0.0/24", SUBNET_WORDS },
  { DIALOG_NETWORK, NULL, "IPv4 Subnet (Optional)", "256.0.0.0/8", SUBNET_WORDS },
  { DIALOG_NETWORK, NULL, "IPv4 Subnet (Optional)", "net/24", SUBNET_WORDS },
  { DIALOG_NETWORK, NULL, "IPv6 Subnet (Optional)", "fd00::/129", SUBNET_WORDS },
  { DIALOG_NETWORK, NULL, "IPv6 Subnet (Optional)", "10.97.0.0/24", "takes an IPv6 subnet" },
  { DIALOG_NETWORK, NULL, "IPv4 Gateway (Optional)", "10.97.0.1", "needs its subnet" },
  { DIALOG_NETWORK, "Add a Label", "Label", "KEY", KEY_WORDS },
};

/* Gateways are checked against a subnet: these go with one. */
static const struct {
  const char *gateway;
  const char *words;
} bad_gateways[] = {
  { "10.98.0.1", GATEWAY_WORDS },
  { "fd00::1", GATEWAY_WORDS },
  { "10.97.0", ADDRESS_WORDS },
};

#define NETWORK_NAME "lading-test-bad-input"
#define GATEWAY_SUBNET "10.97.0.0/24"

/* The names in @array's objects' @member (a string, or a list's first). */
static void
add_names (GPtrArray  *names,
           JsonArray  *array,
           const char *member)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      JsonNode *node = json_object_get_member (object, member);

      if (JSON_NODE_HOLDS_ARRAY (node))
        g_ptr_array_add (names, g_strdup (json_array_get_string_element (json_node_get_array (node),
                                                                         0)));
      else
        g_ptr_array_add (names, g_strdup (json_node_get_string (node)));
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* What the engine holds, by name: it must not change. */
static char *
dup_engine_objects (void)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonNode) containers = NULL;
  g_autoptr(JsonNode) volumes = NULL;
  g_autoptr(JsonNode) networks = NULL;
  guint status = 0;

  containers = lading_test_api ("GET", "/containers/json?all=1", NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  volumes = lading_test_api ("GET", "/volumes", NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  networks = lading_test_api ("GET", "/networks", NULL, &status);
  g_assert_cmpuint (status, ==, 200);

  add_names (names, json_node_get_array (containers), "Names");
  add_names (names, json_object_get_array_member (json_node_get_object (volumes), "Volumes"),
             "Name");
  add_names (names, json_node_get_array (networks), "Name");
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (",", (char **)names->pdata);
}

static GtkWidget *
open_dialog (LadingWindow    *window,
             LadingStore     *store,
             LadingTransfers *transfers,
             Dialog           dialog)
{
  GtkWidget *widget;
  const char *first;

  switch (dialog)
    {
    case DIALOG_RUN:
      widget = lading_run_dialog_new (GTK_WINDOW (window), store, transfers,
                                      "lading-fixture:latest");
      first = "Image";
      break;
    case DIALOG_VOLUME:
      widget = lading_volume_dialog_new (GTK_WINDOW (window), store);
      first = "Name (Optional)";
      break;
    case DIALOG_NETWORK:
    default:
      widget = lading_network_dialog_new (GTK_WINDOW (window), store);
      first = "Name";
      break;
    }

  gtk_window_present (GTK_WINDOW (widget));
  lading_test_form_await_focus (widget, first);
  if (dialog == DIALOG_NETWORK)
    lading_test_form_set (widget, "Name", NETWORK_NAME);
  g_assert_true (lading_test_form_can_submit (widget));

  return widget;
}

/* The value on its row: refused as typed, and pressing the main action
 * anyway leaves the dialog as it was, sending nothing.  The row then gets
 * back the value the dialog had, good. */
static void
assert_refused (GtkWidget  *dialog,
                const char *row,
                const char *text,
                const char *words)
{
  g_autofree char *good = g_strdup (gtk_editable_get_text (GTK_EDITABLE (
                                      lading_test_form_row (dialog, row))));

  lading_test_form_set (dialog, row, text);
  if (lading_test_form_can_submit (dialog))
    g_error ("“%s” on the row “%s” was taken", text, row);
  if (!gtk_widget_has_css_class (lading_test_form_row (dialog, row), "error"))
    g_error ("“%s” on the row “%s” is not marked", text, row);
  lading_test_form_await_text (dialog, words);

  lading_test_form_submit (dialog);
  g_assert_true (gtk_widget_get_visible (dialog));
  g_assert_false (lading_test_form_can_submit (dialog));
  lading_test_form_set (dialog, row, good);
  g_assert_true (lading_test_form_can_submit (dialog));
}

static void
test_table (void)
{
  g_autoptr(LadingStore) store = NULL;
  g_autoptr(LadingTransfers) transfers = lading_transfers_new ();
  LadingWindow *window = lading_test_app_open_window (app, &store, "containers");
  g_autofree char *before = dup_engine_objects ();
  g_autofree char *after = NULL;
  guint n_checked = 0;

  g_assert_cmpuint (G_N_ELEMENTS (bad_inputs) + G_N_ELEMENTS (bad_gateways), >=, 50);

  for (Dialog kind = DIALOG_RUN; kind <= DIALOG_NETWORK; kind++)
    {
      GtkWidget *dialog = open_dialog (window, store, transfers, kind);
      GHashTable *added = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
        {
          if (bad_inputs[i].dialog != kind)
            continue;

          /* A list's row is added once, then reused. */
          if (bad_inputs[i].add != NULL && g_hash_table_add (added, (gpointer)bad_inputs[i].add))
            lading_test_form_click (dialog, bad_inputs[i].add);
          assert_refused (dialog, bad_inputs[i].row, bad_inputs[i].text, bad_inputs[i].words);
          n_checked++;
        }

      if (kind == DIALOG_NETWORK)
        {
          lading_test_form_set (dialog, "IPv4 Subnet (Optional)", GATEWAY_SUBNET);
          for (guint i = 0; i < G_N_ELEMENTS (bad_gateways); i++, n_checked++)
            assert_refused (dialog, "IPv4 Gateway (Optional)", bad_gateways[i].gateway,
                            bad_gateways[i].words);
        }

      g_hash_table_unref (added);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }

  g_assert_cmpuint (n_checked, >=, 50);
  after = dup_engine_objects ();
  g_assert_cmpstr (after, ==, before);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  app = lading_test_app_init (&argc, &argv, TRUE);
  if (app == NULL)
    return 0;

  g_test_add_func ("/ui/bad-input/table", test_table);

  return g_test_run ();
}
