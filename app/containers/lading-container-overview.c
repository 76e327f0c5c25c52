/* lading-container-overview.c
 *
 * The Overview tab of a container's details: what it runs, from which image,
 * how it restarts, how healthy it is, and what it is connected to (ports,
 * mounts, networks), with its labels and environment.  Environment values
 * often hold passwords and tokens, so each stays hidden until revealed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-container-overview"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lading-container-overview.h"

/* Enough to see a pattern without pushing the rest of the page away. */
#define MAX_HEALTH_CHECKS 5

struct _LadingContainerOverview
{
  GtkWidget            parent_instance;

  /* Owned */
  GCancellable        *cancellable;

  /* Template widgets */
  GtkWidget           *page;
  AdwPreferencesGroup *general_group;
  GtkListBox          *general_list;
  AdwPreferencesGroup *health_group;
  GtkListBox          *health_list;
  AdwPreferencesGroup *ports_group;
  GtkListBox          *ports_list;
  AdwPreferencesGroup *mounts_group;
  GtkListBox          *mounts_list;
  AdwPreferencesGroup *networks_group;
  GtkListBox          *networks_list;
  AdwPreferencesGroup *labels_group;
  GtkListBox          *labels_list;
  AdwPreferencesGroup *env_group;
  GtkListBox          *env_list;
};

#define UI_RESOURCE "/io/github/lading/Lading/ui/lading-container-overview.ui"

G_DEFINE_FINAL_TYPE (LadingContainerOverview, lading_container_overview, GTK_TYPE_WIDGET)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* Engine text (labels, commands, values) may hold "<" or "&": never markup. */
static AdwActionRow *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle);
  gtk_list_box_append (list, GTK_WIDGET (row));

  return row;
}

static GtkWidget *
icon_button_new (const char *icon_name,
                 const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

/* A group with nothing in it says so instead of showing an empty box. */
static void
finish_group (AdwPreferencesGroup *group,
              GtkListBox          *list,
              const char          *empty_text)
{
  gboolean empty = gtk_widget_get_first_child (GTK_WIDGET (list)) == NULL;

  gtk_widget_set_visible (GTK_WIDGET (list), !empty);
  adw_preferences_group_set_description (group, empty ? empty_text : NULL);
}

/* Shell-like, so a command can be read and typed again. */
static char *
join_command (char **argv)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; argv[i] != NULL; i++)
    {
      gboolean plain = argv[i][0] != '\0' &&
                       argv[i][strspn (argv[i], "abcdefghijklmnopqrstuvwxyz"
                                                "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                "0123456789-_./=:,+@%")] == '\0';
      g_autofree char *quoted = plain ? g_strdup (argv[i]) : g_shell_quote (argv[i]);

      if (i > 0)
        g_string_append_c (line, ' ');
      g_string_append (line, quoted);
    }

  return g_string_free (g_steal_pointer (&line), FALSE);
}

static char *
format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  /* Translators: a date and time as strftime() formats it */
  return local != NULL ? g_date_time_format (local, _("%e %b %Y, %H:%M:%S")) : NULL;
}

static char *
describe_restart_policy (const LadingContainerInfo *info)
{
  if (g_strcmp0 (info->restart_policy, "always") == 0)
    return g_strdup (_("Always"));
  if (g_strcmp0 (info->restart_policy, "unless-stopped") == 0)
    return g_strdup (_("Always, unless you stopped it"));
  if (g_strcmp0 (info->restart_policy, "on-failure") == 0 && info->restart_max_retries > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "When it fails, at most %d time",
                                         "When it fails, at most %d times",
                                         info->restart_max_retries),
                            info->restart_max_retries);
  if (g_strcmp0 (info->restart_policy, "on-failure") == 0)
    return g_strdup (_("When it fails"));
  if (g_strcmp0 (info->restart_policy, "no") == 0)
    return g_strdup (_("Never"));

  return g_strdup (info->restart_policy);
}

static void
add_image_row (LadingContainerOverview   *self,
               const LadingContainerInfo *info)
{
  AdwActionRow *row = add_row (self->general_list, _("Image"), NULL);
  GtkWidget *button = gtk_button_new_with_label (info->image != NULL ? info->image
                                                                     : info->image_id);

  /* The window shows the image on its Images page. */
  gtk_widget_add_css_class (button, "link");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Show in Images"));
  gtk_label_set_ellipsize (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))),
                           PANGO_ELLIPSIZE_MIDDLE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-image");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s",
                                    info->image_id != NULL ? info->image_id : info->image);
  adw_action_row_add_suffix (row, button);
}

static void
add_time_row (LadingContainerOverview *self,
              const char              *title,
              gint64                   unix_time)
{
  g_autofree char *text = unix_time > 0 ? format_time (unix_time) : NULL;

  if (text != NULL)
    add_row (self->general_list, title, g_strstrip (text));
}

static void
fill_general (LadingContainerOverview   *self,
              const LadingContainerInfo *info,
              gboolean                   running)
{
  g_autofree char *command = join_command (info->cmd);
  g_autofree char *entrypoint = join_command (info->entrypoint);
  g_autofree char *policy = describe_restart_policy (info);
  g_autofree char *restarts = g_strdup_printf ("%d", info->restart_count);

  clear_list (self->general_list);
  add_image_row (self, info);
  if (*command != '\0')
    add_row (self->general_list, _("Command"), command);
  if (*entrypoint != '\0')
    add_row (self->general_list, _("Entrypoint"), entrypoint);
  if (info->working_dir != NULL)
    add_row (self->general_list, _("Working Folder"), info->working_dir);
  add_time_row (self, _("Created"), info->created);
  add_time_row (self, _("Last Started"), info->started_at);
  if (!running)
    add_time_row (self, _("Last Finished"), info->finished_at);
  add_row (self->general_list, _("Restart Policy"), policy);
  add_row (self->general_list, _("Restarts"), restarts);
  if (info->oom_killed)
    add_row (self->general_list, _("Out of Memory"),
             _("The system stopped it because it ran out of memory"));
  if (info->error != NULL)
    add_row (self->general_list, _("Last Error"), info->error);
}

static const char *
health_text (LadingContainerHealth health)
{
  switch (health)
    {
    case LADING_CONTAINER_HEALTH_STARTING:
      return _("Starting");
    case LADING_CONTAINER_HEALTH_HEALTHY:
      return _("Healthy");
    case LADING_CONTAINER_HEALTH_UNHEALTHY:
      return _("Unhealthy");
    case LADING_CONTAINER_HEALTH_NONE:
    default:
      return _("No health check");
    }
}

static void
fill_health (LadingContainerOverview   *self,
             const LadingContainerInfo *info)
{
  guint n_checks = info->health_log->len;
  g_autofree char *streak = NULL;

  clear_list (self->health_list);
  gtk_widget_set_visible (GTK_WIDGET (self->health_group),
                          info->health != LADING_CONTAINER_HEALTH_NONE);
  if (info->health == LADING_CONTAINER_HEALTH_NONE)
    return;

  if (info->failing_streak > 0)
    streak = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The last check failed",
                                           "The last %d checks failed",
                                           info->failing_streak),
                              info->failing_streak);
  add_row (self->health_list, health_text (info->health), streak);

  /* Newest first: the latest check is the one that explains the state. */
  for (guint i = n_checks; i > 0 && i + MAX_HEALTH_CHECKS > n_checks; i--)
    {
      const LadingHealthCheck *check = g_ptr_array_index (info->health_log, i - 1);
      g_autofree char *when = format_time (check->started_at);
      g_autofree char *output = g_strstrip (g_strdup (check->output));
      g_autofree char *title = NULL;

      if (check->exit_code == 0)
        /* Translators: %s is when a health check ran */
        title = g_strdup_printf (_("Passed at %s"), g_strstrip (when));
      else
        /* Translators: %s is when a health check ran, %d its exit code */
        title = g_strdup_printf (_("Failed at %s (exit code %d)"), g_strstrip (when),
                                 check->exit_code);

      add_row (self->health_list, title, *output != '\0' ? output : _("No output"));
    }
}

static gboolean
is_any_address (const char *address)
{
  return address == NULL || *address == '\0' ||
         g_str_equal (address, "0.0.0.0") || g_str_equal (address, "::");
}

static void
add_port_row (LadingContainerOverview *self,
              const LadingPortInfo    *port,
              gboolean                 running)
{
  g_autofree char *where = NULL;
  GtkWidget *button;
  AdwActionRow *row;

  if (port->host_ip == NULL)
    where = g_strdup (_("Not published on the host"));
  else if (port->host_port == 0)
    where = g_strdup (_("Published on a host port chosen at start"));
  else if (is_any_address (port->host_ip))
    /* Translators: %u is a port number on the host */
    where = g_strdup_printf (_("Host port %u"), port->host_port);
  else
    /* Translators: %s is an address, %u a port number on the host */
    where = g_strdup_printf (_("Host port %u on %s"), port->host_port, port->host_ip);

  row = add_row (self->ports_list, port->container_port, where);

  if (running && port->host_port != 0 && g_str_has_suffix (port->container_port, "/tcp"))
    {
      button = icon_button_new ("web-browser-symbolic", _("Open in Browser"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "overview.open-port");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "q", (guint16)port->host_port);
      adw_action_row_add_suffix (row, button);
      adw_action_row_set_activatable_widget (row, button);
    }
}

static char *
describe_mount (const LadingMountInfo *mount)
{
  g_autofree char *what = NULL;

  if (g_str_equal (mount->type, "volume"))
    /* Translators: %s is a volume's name */
    what = g_strdup_printf (_("Volume %s"), mount->source != NULL ? mount->source : "");
  else if (g_str_equal (mount->type, "bind"))
    /* Translators: %s is a folder (or file) on the host */
    what = g_strdup_printf (_("Host folder %s"), mount->source != NULL ? mount->source : "");
  else if (g_str_equal (mount->type, "tmpfs"))
    what = g_strdup (_("Temporary, in memory"));
  else
    what = g_strdup_printf ("%s %s", mount->type, mount->source != NULL ? mount->source : "");

  if (mount->read_only)
    /* Translators: %s describes a mount, e.g. "Volume data" */
    return g_strdup_printf (_("%s, read-only"), what);

  return g_steal_pointer (&what);
}

static void
fill_connections (LadingContainerOverview   *self,
                  const LadingContainerInfo *info,
                  gboolean                   running)
{
  clear_list (self->ports_list);
  for (guint i = 0; i < info->ports->len; i++)
    add_port_row (self, g_ptr_array_index (info->ports, i), running);
  finish_group (self->ports_group, self->ports_list, _("This container exposes no ports"));

  clear_list (self->mounts_list);
  for (guint i = 0; i < info->mounts->len; i++)
    {
      const LadingMountInfo *mount = g_ptr_array_index (info->mounts, i);
      g_autofree char *text = describe_mount (mount);

      add_row (self->mounts_list, mount->destination, text);
    }
  finish_group (self->mounts_group, self->mounts_list,
                _("Nothing from outside is mounted in this container"));

  clear_list (self->networks_list);
  for (guint i = 0; i < info->networks->len; i++)
    {
      const LadingNetworkInfo *network = g_ptr_array_index (info->networks, i);
      g_autofree char *address = NULL;

      if (network->ip_address != NULL)
        /* Translators: %s is an IP address */
        address = g_strdup_printf (_("Address %s"), network->ip_address);

      add_row (self->networks_list, network->name, address != NULL ? address : _("No address"));
    }
  finish_group (self->networks_group, self->networks_list,
                _("This container is on no network"));
}

static void
env_toggled_cb (GtkToggleButton *toggle,
                gpointer         user_data)
{
  AdwActionRow *row = user_data;
  const char *value = g_object_get_data (G_OBJECT (toggle), "lading-value");
  gboolean shown = gtk_toggle_button_get_active (toggle);
  const char *tooltip = shown ? _("Hide Value") : _("Show Value");

  if (!shown)
    adw_action_row_set_subtitle (row, "••••••••");
  else if (value == NULL)
    adw_action_row_set_subtitle (row, _("Taken from where the container was created"));
  else
    adw_action_row_set_subtitle (row, *value != '\0' ? value : _("Empty"));

  gtk_button_set_icon_name (GTK_BUTTON (toggle),
                            shown ? "view-conceal-symbolic" : "view-reveal-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (toggle), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
}

static void
add_env_row (LadingContainerOverview *self,
             const LadingKeyValue    *pair)
{
  AdwActionRow *row = add_row (self->env_list, pair->key, NULL);
  GtkWidget *toggle = gtk_toggle_button_new ();

  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (toggle, "flat");
  g_object_set_data_full (G_OBJECT (toggle), "lading-value", g_strdup (pair->value), g_free);
  g_signal_connect_object (toggle, "toggled", G_CALLBACK (env_toggled_cb), row, 0);
  env_toggled_cb (GTK_TOGGLE_BUTTON (toggle), row);
  adw_action_row_add_suffix (row, toggle);
}

static void
fill_metadata (LadingContainerOverview   *self,
               const LadingContainerInfo *info)
{
  clear_list (self->labels_list);
  for (guint i = 0; i < info->labels->len; i++)
    {
      const LadingKeyValue *pair = g_ptr_array_index (info->labels, i);

      add_row (self->labels_list, pair->key, *pair->value != '\0' ? pair->value : _("Empty"));
    }
  finish_group (self->labels_group, self->labels_list, _("This container has no labels"));

  clear_list (self->env_list);
  for (guint i = 0; i < info->env->len; i++)
    add_env_row (self, g_ptr_array_index (info->env, i));
  finish_group (self->env_group, self->env_list, _("No environment variables are set"));
}

static void
show_uri_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(LadingContainerOverview) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;

  if (gtk_show_uri_full_finish (GTK_WINDOW (object), result, &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay),
                                 adw_toast_new (_("No web browser could open the page")));
}

static void
open_port_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LadingContainerOverview *self = (LadingContainerOverview *)widget;
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *uri = g_strdup_printf ("http://localhost:%u/", g_variant_get_uint16 (parameter));

  gtk_show_uri_full (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME,
                     self->cancellable, show_uri_cb, g_object_ref (self));
}

static void
lading_container_overview_dispose (GObject *object)
{
  LadingContainerOverview *self = (LadingContainerOverview *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_CONTAINER_OVERVIEW);

  G_OBJECT_CLASS (lading_container_overview_parent_class)->dispose (object);
}

static void
lading_container_overview_finalize (GObject *object)
{
  LadingContainerOverview *self = (LadingContainerOverview *)object;

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (lading_container_overview_parent_class)->finalize (object);
}

static void
lading_container_overview_class_init (LadingContainerOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_container_overview_dispose;
  object_class->finalize = lading_container_overview_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lading-container-overview");
  gtk_widget_class_set_template_from_resource (widget_class, UI_RESOURCE);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerOverview, page);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerOverview, general_group);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerOverview, general_list);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerOverview, health_group);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerOverview, health_list);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerOverview, ports_group);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerOverview, ports_list);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerOverview, mounts_group);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerOverview, mounts_list);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerOverview, networks_group);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerOverview, networks_list);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerOverview, labels_group);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerOverview, labels_list);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerOverview, env_group);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerOverview, env_list);

  gtk_widget_class_install_action (widget_class, "overview.open-port", "q", open_port_action);
}

static void
lading_container_overview_init (LadingContainerOverview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
}

GtkWidget *
lading_container_overview_new (void)
{
  return g_object_new (LADING_TYPE_CONTAINER_OVERVIEW, NULL);
}

/**
 * lading_container_overview_set_info:
 * @info: what inspect told about the container
 * @running: whether it runs, so that its published ports can be opened
 *
 * Shows @info, replacing what was shown.  Revealed environment values are
 * hidden again.
 */
void
lading_container_overview_set_info (LadingContainerOverview   *self,
                                    const LadingContainerInfo *info,
                                    gboolean                   running)
{
  g_return_if_fail (LADING_IS_CONTAINER_OVERVIEW (self));
  g_return_if_fail (info != NULL);

  fill_general (self, info, running);
  fill_health (self, info);
  fill_connections (self, info, running);
  fill_metadata (self, info);
  gtk_widget_set_visible (self->page, TRUE);
}
