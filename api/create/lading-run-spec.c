/* lading-run-spec.c
 *
 * A container to create: the body of POST /containers/create, and the
 * `docker run` line that makes the same container, for people who script
 * (the text only: Lading never runs the CLI).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-run-spec"

#include "config.h"

#include <string.h>

#include "lading-run-spec.h"

#define MIB (1024 * 1024)
#define GIB (1024 * 1024 * 1024)

static void
mount_spec_clear (gpointer data)
{
  LadingMountSpec *mount = data;

  g_clear_pointer (&mount->source, g_free);
  g_clear_pointer (&mount->target, g_free);
}

static void
port_binding_clear (gpointer data)
{
  lading_port_binding_clear (data);
}

/* Runs @image as the image says; the fields change that. */
LadingRunSpec *
lading_run_spec_new (const char *image)
{
  LadingRunSpec *self;

  g_return_val_if_fail (image != NULL, NULL);

  self = g_new0 (LadingRunSpec, 1);
  self->image = g_strdup (image);
  self->env = g_ptr_array_new_with_free_func (g_free);
  self->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->ports = g_array_new (FALSE, TRUE, sizeof (LadingPortBinding));
  g_array_set_clear_func (self->ports, port_binding_clear);
  self->mounts = g_array_new (FALSE, TRUE, sizeof (LadingMountSpec));
  g_array_set_clear_func (self->mounts, mount_spec_clear);

  return self;
}

/**
 * lading_run_spec_copy:
 *
 * Returns: (transfer full): a copy of every field
 */
LadingRunSpec *
lading_run_spec_copy (const LadingRunSpec *self)
{
  LadingRunSpec *copy;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (self != NULL, NULL);

  copy = lading_run_spec_new (self->image);
  copy->name = g_strdup (self->name);
  copy->command = g_strdupv (self->command);
  copy->entrypoint = g_strdupv (self->entrypoint);
  for (guint i = 0; i < self->env->len; i++)
    g_ptr_array_add (copy->env, g_strdup (self->env->pdata[i]));
  g_hash_table_iter_init (&iter, self->labels);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->labels, g_strdup (key), g_strdup (value));
  for (guint i = 0; i < self->ports->len; i++)
    {
      const LadingPortBinding *binding = &g_array_index (self->ports, LadingPortBinding, i);
      LadingPortBinding same = { g_strdup (binding->host_address), binding->host_port,
                                 binding->container_port, g_strdup (binding->protocol) };

      g_array_append_val (copy->ports, same);
    }
  for (guint i = 0; i < self->mounts->len; i++)
    {
      const LadingMountSpec *mount = &g_array_index (self->mounts, LadingMountSpec, i);

      lading_run_spec_add_mount (copy, mount->kind, mount->source, mount->target,
                                 mount->read_only);
    }
  copy->network = g_strdup (self->network);
  copy->restart_policy = g_strdup (self->restart_policy);
  copy->max_retries = self->max_retries;
  copy->memory = self->memory;
  copy->nano_cpus = self->nano_cpus;
  copy->user = g_strdup (self->user);
  copy->working_dir = g_strdup (self->working_dir);
  copy->tty = self->tty;
  copy->interactive = self->interactive;
  copy->auto_remove = self->auto_remove;

  return copy;
}

void
lading_run_spec_free (LadingRunSpec *self)
{
  if (self == NULL)
    return;

  g_free (self->image);
  g_free (self->name);
  g_strfreev (self->command);
  g_strfreev (self->entrypoint);
  g_ptr_array_unref (self->env);
  g_hash_table_unref (self->labels);
  g_array_unref (self->ports);
  g_array_unref (self->mounts);
  g_free (self->network);
  g_free (self->restart_policy);
  g_free (self->user);
  g_free (self->working_dir);
  g_free (self);
}

/* @source is %NULL for a tmpfs. */
void
lading_run_spec_add_mount (LadingRunSpec   *self,
                           LadingMountKind  kind,
                           const char      *source,
                           const char      *target,
                           gboolean         read_only)
{
  LadingMountSpec mount = { kind, g_strdup (source), g_strdup (target), read_only };

  g_return_if_fail (self != NULL);
  g_return_if_fail (target != NULL);
  g_return_if_fail ((kind == LADING_MOUNT_TMPFS) == (source == NULL));

  g_array_append_val (self->mounts, mount);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *member,
          const char * const *strv)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  if (value == NULL)
    return;

  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_boolean (JsonBuilder *builder,
             const char  *member,
             gboolean     value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_boolean_value (builder, value);
}

/* "80/tcp", as ExposedPorts and PortBindings key ports. */
static char *
dup_port_key (const LadingPortBinding *binding)
{
  return g_strdup_printf ("%u/%s", binding->container_port, binding->protocol);
}

static void
add_exposed_ports (JsonBuilder         *builder,
                   const LadingRunSpec *self)
{
  json_builder_set_member_name (builder, "ExposedPorts");
  json_builder_begin_object (builder);
  for (guint i = 0; i < self->ports->len; i++)
    {
      g_autofree char *key = dup_port_key (&g_array_index (self->ports, LadingPortBinding, i));

      json_builder_set_member_name (builder, key);
      json_builder_begin_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

/* {"80/tcp": [{"HostIp": "", "HostPort": "8080"}, …]}: one port may be
 * published on several host ports. */
static void
add_port_bindings (JsonBuilder         *builder,
                   const LadingRunSpec *self)
{
  g_autoptr(GHashTable) done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  json_builder_set_member_name (builder, "PortBindings");
  json_builder_begin_object (builder);
  for (guint i = 0; i < self->ports->len; i++)
    {
      LadingPortBinding *binding = &g_array_index (self->ports, LadingPortBinding, i);
      g_autofree char *key = dup_port_key (binding);

      if (g_hash_table_contains (done, key))
        continue;

      json_builder_set_member_name (builder, key);
      json_builder_begin_array (builder);
      for (guint j = i; j < self->ports->len; j++)
        {
          LadingPortBinding *other = &g_array_index (self->ports, LadingPortBinding, j);
          g_autofree char *other_key = dup_port_key (other);
          g_autofree char *host_port = NULL;

          if (!g_str_equal (key, other_key))
            continue;

          host_port = other->host_port != 0 ? g_strdup_printf ("%u", other->host_port)
                                            : g_strdup ("");
          json_builder_begin_object (builder);
          add_string (builder, "HostIp", other->host_address != NULL ? other->host_address : "");
          add_string (builder, "HostPort", host_port);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      g_hash_table_add (done, g_steal_pointer (&key));
    }
  json_builder_end_object (builder);
}

static const char *
mount_type (LadingMountKind kind)
{
  switch (kind)
    {
    case LADING_MOUNT_BIND:
      return "bind";
    case LADING_MOUNT_TMPFS:
      return "tmpfs";
    case LADING_MOUNT_VOLUME:
    default:
      return "volume";
    }
}

static void
add_mounts (JsonBuilder         *builder,
            const LadingRunSpec *self)
{
  json_builder_set_member_name (builder, "Mounts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->mounts->len; i++)
    {
      LadingMountSpec *mount = &g_array_index (self->mounts, LadingMountSpec, i);

      json_builder_begin_object (builder);
      add_string (builder, "Type", mount_type (mount->kind));
      add_string (builder, "Source", mount->source);
      add_string (builder, "Target", mount->target);
      add_boolean (builder, "ReadOnly", mount->read_only);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_host_config (JsonBuilder         *builder,
                 const LadingRunSpec *self)
{
  json_builder_set_member_name (builder, "HostConfig");
  json_builder_begin_object (builder);
  add_string (builder, "NetworkMode", self->network);
  add_port_bindings (builder, self);
  add_mounts (builder, self);
  if (self->restart_policy != NULL)
    {
      json_builder_set_member_name (builder, "RestartPolicy");
      json_builder_begin_object (builder);
      add_string (builder, "Name", self->restart_policy);
      json_builder_set_member_name (builder, "MaximumRetryCount");
      json_builder_add_int_value (builder, self->max_retries);
      json_builder_end_object (builder);
    }
  json_builder_set_member_name (builder, "Memory");
  json_builder_add_int_value (builder, self->memory);
  json_builder_set_member_name (builder, "NanoCpus");
  json_builder_add_int_value (builder, self->nano_cpus);
  add_boolean (builder, "AutoRemove", self->auto_remove);
  json_builder_end_object (builder);
}

/**
 * lading_run_spec_to_json:
 *
 * Returns: (transfer full): the body of POST /containers/create; the name
 *   goes in its query
 */
JsonNode *
lading_run_spec_to_json (const LadingRunSpec *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GHashTableIter iter;
  const char *key, *value;

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  add_string (builder, "Image", self->image);
  if (self->command != NULL)
    add_strv (builder, "Cmd", (const char * const *)self->command);
  if (self->entrypoint != NULL)
    {
      /* An empty one clears the image's, which the engine reads from [""]. */
      static const char * const none[] = { "", NULL };

      add_strv (builder, "Entrypoint", self->entrypoint[0] != NULL
                                       ? (const char * const *)self->entrypoint : none);
    }
  json_builder_set_member_name (builder, "Env");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->env->len; i++)
    json_builder_add_string_value (builder, self->env->pdata[i]);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "Labels");
  json_builder_begin_object (builder);
  g_hash_table_iter_init (&iter, self->labels);
  while (g_hash_table_iter_next (&iter, (gpointer *)&key, (gpointer *)&value))
    add_string (builder, key, value);
  json_builder_end_object (builder);

  add_string (builder, "User", self->user);
  add_string (builder, "WorkingDir", self->working_dir);
  add_boolean (builder, "Tty", self->tty);
  /* As `docker run -i`: stdin open and attached, for the terminal. */
  add_boolean (builder, "OpenStdin", self->interactive);
  add_boolean (builder, "AttachStdin", self->interactive);
  add_exposed_ports (builder, self);
  add_host_config (builder, self);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* A word as a POSIX shell reads it back: quoted only when it must be. */
static void
append_word (GString    *line,
             const char *word)
{
  gboolean plain = word[0] != '\0';

  for (const char *p = word; *p != '\0' && plain; p++)
    plain = g_ascii_isalnum (*p) || strchr ("_./:=,@%+-", *p) != NULL;

  g_string_append_c (line, ' ');
  if (plain)
    {
      g_string_append (line, word);
    }
  else
    {
      g_autofree char *quoted = g_shell_quote (word);

      g_string_append (line, quoted);
    }
}

static void
append_option (GString    *line,
               const char *option,
               const char *value)
{
  g_string_append_c (line, ' ');
  g_string_append (line, option);
  append_word (line, value);
}

/* 536870912 → "512m", as a person would write it. */
static char *
dup_size (gint64 bytes)
{
  if (bytes % GIB == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT "g", bytes / GIB);
  if (bytes % MIB == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT "m", bytes / MIB);

  return g_strdup_printf ("%" G_GINT64_FORMAT, bytes);
}

/* --mount is read as CSV: a field with a comma or a quote is quoted. */
static void
append_csv_field (GString    *value,
                  const char *key,
                  const char *text)
{
  gboolean quoted = strpbrk (text, ",\"") != NULL;

  g_string_append_c (value, ',');
  if (quoted)
    g_string_append_c (value, '"');
  g_string_append_printf (value, "%s=", key);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (value, '"');
      g_string_append_c (value, *p);
    }
  if (quoted)
    g_string_append_c (value, '"');
}

static void
append_mounts (GString             *line,
               const LadingRunSpec *self)
{
  for (guint i = 0; i < self->mounts->len; i++)
    {
      LadingMountSpec *mount = &g_array_index (self->mounts, LadingMountSpec, i);
      g_autoptr(GString) value = g_string_new ("type=");

      g_string_append (value, mount_type (mount->kind));
      if (mount->source != NULL)
        append_csv_field (value, "source", mount->source);
      append_csv_field (value, "target", mount->target);
      if (mount->read_only)
        g_string_append (value, ",readonly");
      append_option (line, "--mount", value->str);
    }
}

/**
 * lading_run_spec_dup_command_line:
 *
 * The `docker run -d` line that creates and starts the same container.
 * `--entrypoint` takes one word: the entrypoint's others go before the
 * command.
 *
 * Returns: (transfer full): the line
 */
char *
lading_run_spec_dup_command_line (const LadingRunSpec *self)
{
  GString *line = g_string_new ("docker run -d");
  g_autoptr(GList) keys = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->tty || self->interactive)
    g_string_append_printf (line, " -%s%s", self->interactive ? "i" : "", self->tty ? "t" : "");
  if (self->auto_remove)
    g_string_append (line, " --rm");
  if (self->name != NULL)
    append_option (line, "--name", self->name);
  for (guint i = 0; i < self->ports->len; i++)
    {
      LadingPortBinding *binding = &g_array_index (self->ports, LadingPortBinding, i);
      g_autoptr(GString) value = g_string_new (NULL);

      if (binding->host_address != NULL)
        g_string_append_printf (value, strchr (binding->host_address, ':') != NULL
                                       ? "[%s]:" : "%s:", binding->host_address);
      if (binding->host_port != 0)
        g_string_append_printf (value, "%u:", binding->host_port);
      else if (binding->host_address != NULL)
        g_string_append_c (value, ':');
      g_string_append_printf (value, "%u", binding->container_port);
      if (!g_str_equal (binding->protocol, "tcp"))
        g_string_append_printf (value, "/%s", binding->protocol);
      append_option (line, "-p", value->str);
    }
  for (guint i = 0; i < self->env->len; i++)
    append_option (line, "-e", self->env->pdata[i]);

  /* Sorted, so the same container gives the same line. */
  keys = g_list_sort (g_hash_table_get_keys (self->labels), (GCompareFunc)g_strcmp0);
  for (GList *l = keys; l != NULL; l = l->next)
    {
      g_autofree char *label = g_strconcat (l->data, "=",
                                            g_hash_table_lookup (self->labels, l->data), NULL);

      append_option (line, "-l", label);
    }

  append_mounts (line, self);
  if (self->network != NULL)
    append_option (line, "--network", self->network);
  if (self->restart_policy != NULL)
    {
      g_autofree char *policy = self->max_retries > 0
                                ? g_strdup_printf ("%s:%d", self->restart_policy,
                                                   self->max_retries)
                                : g_strdup (self->restart_policy);

      append_option (line, "--restart", policy);
    }
  if (self->memory > 0)
    {
      g_autofree char *memory = dup_size (self->memory);

      append_option (line, "--memory", memory);
    }
  if (self->nano_cpus > 0)
    {
      char cpus[G_ASCII_DTOSTR_BUF_SIZE];

      char *end;

      /* The engine's billionths, whole, without trailing zeros. */
      g_ascii_formatd (cpus, sizeof cpus, "%.9f", self->nano_cpus / 1e9);
      for (end = cpus + strlen (cpus) - 1; *end == '0'; end--)
        *end = '\0';
      if (*end == '.')
        *end = '\0';
      append_option (line, "--cpus", cpus);
    }
  if (self->user != NULL)
    append_option (line, "--user", self->user);
  if (self->working_dir != NULL)
    append_option (line, "--workdir", self->working_dir);
  if (self->entrypoint != NULL)
    append_option (line, "--entrypoint", self->entrypoint[0] != NULL ? self->entrypoint[0] : "");

  append_word (line, self->image);
  for (guint i = 1; self->entrypoint != NULL && self->entrypoint[0] != NULL &&
                    self->entrypoint[i] != NULL; i++)
    append_word (line, self->entrypoint[i]);
  for (guint i = 0; self->command != NULL && self->command[i] != NULL; i++)
    append_word (line, self->command[i]);

  return g_string_free (line, FALSE);
}
