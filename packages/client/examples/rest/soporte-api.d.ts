// Generated from the OpenAPI document by openapi-typescript: pnpm --filter @soporte/client openapi:types
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Anyone. Answers while the server runs, without touching the database.
         */
        get: operations["health-check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/db": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Database reachability and pending migrations
         * @description Anyone. Always a 200: `reachable` is false (with `error`) when the database did not answer, and `pendingMigrations` lists migrations not applied yet.
         */
        get: operations["health-db"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account
         * @description Anyone may call it while self-registration is open (403 otherwise). The account gets the requester role. It does not sign in: call POST /auth/login next. A taken email or username is a 409. Rate-limited per network.
         */
        post: operations["auth-register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in and get a token pair
         * @description Anyone may call it. `login` is an email or a username; `device` labels the session in GET /sessions. Send `Authorization: Bearer <accessToken>` on every other call; before `accessTokenExpiresAt`, exchange the refresh token at POST /auth/refresh. Failed attempts are rate-limited (429).
         */
        post: operations["auth-login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new token pair
         * @description Anyone holding a refresh token may call it. Returns the same token pair as POST /auth/login (without the user). It rotates the refresh token: the one presented is spent, keep the new one. Presenting a spent refresh token again ends the whole session (401): sign in again.
         */
        post: operations["auth-refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out this session
         * @description Any signed-in user. Ends the session of the access token sent: its access and refresh tokens stop working. `revoked` is 1, or 0 when the session had already ended.
         */
        post: operations["auth-logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out every session
         * @description Any signed-in user. Ends every session of the caller, browser sign-ins and this one included. `revoked` is how many were ended.
         */
        post: operations["auth-logoutAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's account
         * @description Any signed-in user: their profile, with their roles and the permissions those grant.
         */
        get: operations["me-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit the caller's profile
         * @description Any signed-in user, on their own profile. Send only the fields to change. Returns the updated profile (without roles and permissions: GET /me/permissions has them).
         */
        patch: operations["me-update"];
        trace?: never;
    };
    "/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the caller's password
         * @description Any signed-in user, giving their current password (wrong ones are rate-limited). Every other session of the user is signed out; the one making the request stays. Returns how many were ended.
         */
        put: operations["me-changePassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's roles and permissions
         * @description Any signed-in user. `permissions` are those the caller's roles grant together; a superuser passes every check whatever the list says.
         */
        get: operations["me-permissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's live sessions
         * @description Any signed-in user, for their own sessions (browser sign-ins and token pairs), most recently used first; `current` marks the one making the request. At most 100; `nextCursor` is always null.
         */
        get: operations["sessions-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End a session
         * @description Any signed-in user may end one of their own sessions; a holder of users.manage may end any user's (a superuser's only when the caller is a superuser too). A session the caller may not end, or that is already over, is a 404.
         */
        delete: operations["sessions-revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The instance's settings
         * @description Public, no sign-in: whether self-registration (POST /auth/register) is open.
         */
        get: operations["settings-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the instance's settings
         * @description Needs the settings.manage permission. `registrationEnabled: false` closes self-registration: POST /auth/register is then refused, and accounts are created by administrators (POST /users).
         */
        patch: operations["settings-update"];
        trace?: never;
    };
    "/users/admins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Administrators, for a picker
         * @description Users who administer (superusers and holders of the admin role). Needs the users.read permission. Active users only, by name; `search` matches name, email or username.
         */
        get: operations["users-admins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Staff who work tickets, for a picker
         * @description The people a ticket may be assigned to: superusers and users whose roles see every ticket (tickets.read.all). Needs the users.read permission. Active users only, by name; `search` matches name, email or username.
         */
        get: operations["users-staff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/requesters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Requesters, for a picker
         * @description Users with the requester role, whom a ticket may be opened for. Needs the users.read permission. Active users only, by name; `search` matches name, email or username.
         */
        get: operations["users-requesters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Needs the users.manage permission. Deleted (anonymised) users are left out. Filter with `search` (name, email or username), `roleId`, `active` (true or false), `organizationId`, `locationId`; for the next page send `nextCursor` back as `cursor` with the same filters and sort.
         */
        get: operations["users-list"];
        put?: never;
        /**
         * Create a user
         * @description Needs the users.manage permission; only roles whose permissions the caller holds may be given (a superuser may give any). Without `password` a strong one is generated and answered once as `generatedPassword`. A taken email or username is a 409 naming the field.
         */
        post: operations["users-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One user with sessions and activity
         * @description Needs the users.manage permission. With the user's live sessions (up to 50) and the last 20 audit entries about or by them. A deleted user is a 404.
         */
        get: operations["users-get"];
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description Needs the users.manage permission. A user whom tickets, comments, messages or audit entries refer to is anonymised instead (`anonymised: true`): emptied of everything personal, signed out and closed. Only a superuser deletes a superuser; nobody deletes themselves or the last active administrator (412).
         */
        delete: operations["users-delete"];
        options?: never;
        head?: never;
        /**
         * Edit a user
         * @description Needs the users.manage permission. Send only the fields to change; `organizationId` and `locationId` take null to clear them. Changing the email or username of a superuser takes a superuser, and of a user holding permissions the caller lacks is refused. A taken email or username is a 409 naming the field.
         */
        patch: operations["users-update"];
        trace?: never;
    };
    "/users/{id}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Disable or enable a user
         * @description Needs the users.manage permission. A disabled user cannot sign in, and all their sessions end at once. Only a superuser disables or enables a superuser; a user holding permissions the caller lacks is refused. Nobody disables themselves or the last active administrator (412).
         */
        put: operations["users-setActive"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/superuser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Grant or remove superuser
         * @description Superusers only (and the users.manage permission). A superuser passes every permission check. Nobody removes their own superuser, or the last active administrator's (412).
         */
        put: operations["users-setSuperuser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a user's roles
         * @description Needs the users.manage permission. `roleIds` is the whole new set: roles left out are removed. Only roles whose permissions the caller holds may be given (a superuser may give any); nobody changes their own roles; a superuser's roles, or those of a user holding permissions the caller lacks, are refused. The last active administrator keeps the admin role (412).
         */
        put: operations["users-setRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password for a user
         * @description Needs the users.manage permission. Sets `password`, or without it generates one, answered once as `generatedPassword`; all the user's sessions end. Only a superuser resets a superuser's password; a user holding permissions the caller lacks is refused; one's own password is changed at PUT /me/password.
         */
        post: operations["users-resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List roles
         * @description Needs the roles.manage or the users.manage permission. Every role (at most 500), built-in ones first, with its permissions and how many users hold it; `nextCursor` is always null.
         */
        get: operations["roles-list"];
        put?: never;
        /**
         * Create a role
         * @description Needs the roles.manage permission, and the caller must hold every permission put in the role (a superuser may put any). A name in use (case-insensitively) is a 409 naming the field.
         */
        post: operations["roles-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roles/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The permissions a role may grant
         * @description Needs the roles.manage permission. Every permission name, with its label and description in English and Spanish, grouped by area.
         */
        get: operations["roles-permissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One role
         * @description Needs the roles.manage permission. With its permissions and how many users hold it.
         */
        get: operations["roles-get"];
        put?: never;
        post?: never;
        /**
         * Delete a role
         * @description Needs the roles.manage permission, and the caller must hold every permission of the role (a superuser may delete any). Built-in roles cannot be deleted (412). A role still held by users is a 409 unless `force=true`, which removes it from them.
         */
        delete: operations["roles-delete"];
        options?: never;
        head?: never;
        /**
         * Edit a role
         * @description Needs the roles.manage permission. Send only the fields to change; `permissions` is the whole new list. Permissions added must all be held by the caller (a superuser may add any); removing needs no more. Built-in roles cannot be renamed, and the admin role keeps users.manage and roles.manage.
         */
        patch: operations["roles-update"];
        trace?: never;
    };
    "/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations
         * @description Any signed-in user. By name; `search` matches the name, `active` (true or false) filters. For the next page send `nextCursor` back as `cursor` with the same filters.
         */
        get: operations["organizations-list"];
        put?: never;
        /**
         * Create an organization
         * @description Needs the organizations.manage permission. A name in use (case-insensitively) is a 409 naming the field.
         */
        post: operations["organizations-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One organization
         * @description Any signed-in user. Inactive entries included.
         */
        get: operations["organizations-get"];
        put?: never;
        post?: never;
        /**
         * Delete an organization
         * @description Needs the organizations.manage permission. An organization that users or tickets refer to is deactivated instead (`deactivated: true`), so they keep pointing at it.
         */
        delete: operations["organizations-delete"];
        options?: never;
        head?: never;
        /**
         * Edit an organization
         * @description Needs the organizations.manage permission. Send only the fields to change; `active: false` stops offering it for users and tickets. A name in use (case-insensitively) is a 409 naming the field.
         */
        patch: operations["organizations-update"];
        trace?: never;
    };
    "/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List locations
         * @description Any signed-in user. By name; `search` matches the name, `active` (true or false) filters. For the next page send `nextCursor` back as `cursor` with the same filters.
         */
        get: operations["locations-list"];
        put?: never;
        /**
         * Create a location
         * @description Needs the organizations.manage permission. A name in use (case-insensitively) is a 409 naming the field.
         */
        post: operations["locations-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One location
         * @description Any signed-in user. Inactive entries included.
         */
        get: operations["locations-get"];
        put?: never;
        post?: never;
        /**
         * Delete a location
         * @description Needs the organizations.manage permission. A location that users or tickets refer to is deactivated instead (`deactivated: true`), so they keep pointing at it.
         */
        delete: operations["locations-delete"];
        options?: never;
        head?: never;
        /**
         * Edit a location
         * @description Needs the organizations.manage permission. Send only the fields to change; `active: false` stops offering it for users and tickets. A name in use (case-insensitively) is a 409 naming the field.
         */
        patch: operations["locations-update"];
        trace?: never;
    };
    "/catalogs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every ticket catalog
         * @description Any signed-in user. Statuses, priorities, criticality levels, categories and problem types in one call, each in display order, inactive items included (`active: false`; they are no longer offered for new values). `nameEs` is the Spanish name.
         */
        get: operations["catalogs-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a status
         * @description Needs the catalogs.manage permission. It goes last in the order. A name in use (case-insensitively) is a 409 naming the field. With `isDefault: true` it becomes the default status (new tickets get it).
         */
        post: operations["catalogs-statuses-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/statuses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a status
         * @description Needs the catalogs.manage permission. Send only the fields to change. A name in use (case-insensitively) is a 409 naming the field. `isDefault: true` makes it the default status instead of the current one; the default cannot be unset, only moved, and an inactive item cannot become it.
         */
        patch: operations["catalogs-statuses-update"];
        trace?: never;
    };
    "/catalogs/statuses/{id}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Activate or deactivate a status
         * @description Needs the catalogs.manage permission. Items are never deleted: tickets that use a deactivated status keep it, new ones can no longer choose it. The default status cannot be deactivated.
         */
        put: operations["catalogs-statuses-setActive"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/statuses/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder the statuses
         * @description Needs the catalogs.manage permission. `ids`: every status, inactive ones included, each once, in the new order. Answers them all in that order.
         */
        put: operations["catalogs-statuses-reorder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/priorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a priority
         * @description Needs the catalogs.manage permission. It goes last in the order. A name in use (case-insensitively) is a 409 naming the field. With `isDefault: true` it becomes the default priority (new tickets get it).
         */
        post: operations["catalogs-priorities-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/priorities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a priority
         * @description Needs the catalogs.manage permission. Send only the fields to change. A name in use (case-insensitively) is a 409 naming the field. `isDefault: true` makes it the default priority instead of the current one; the default cannot be unset, only moved, and an inactive item cannot become it.
         */
        patch: operations["catalogs-priorities-update"];
        trace?: never;
    };
    "/catalogs/priorities/{id}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Activate or deactivate a priority
         * @description Needs the catalogs.manage permission. Items are never deleted: tickets that use a deactivated priority keep it, new ones can no longer choose it. The default priority cannot be deactivated.
         */
        put: operations["catalogs-priorities-setActive"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/priorities/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder the priorities
         * @description Needs the catalogs.manage permission. `ids`: every priority, inactive ones included, each once, in the new order. Answers them all in that order.
         */
        put: operations["catalogs-priorities-reorder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/criticalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a criticality level
         * @description Needs the catalogs.manage permission. It goes last in the order. A name in use (case-insensitively) is a 409 naming the field.
         */
        post: operations["catalogs-criticalities-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/criticalities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a criticality level
         * @description Needs the catalogs.manage permission. Send only the fields to change. A name in use (case-insensitively) is a 409 naming the field.
         */
        patch: operations["catalogs-criticalities-update"];
        trace?: never;
    };
    "/catalogs/criticalities/{id}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Activate or deactivate a criticality level
         * @description Needs the catalogs.manage permission. Items are never deleted: tickets that use a deactivated criticality level keep it, new ones can no longer choose it.
         */
        put: operations["catalogs-criticalities-setActive"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/criticalities/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder the criticality levels
         * @description Needs the catalogs.manage permission. `ids`: every criticality level, inactive ones included, each once, in the new order. Answers them all in that order.
         */
        put: operations["catalogs-criticalities-reorder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a category
         * @description Needs the catalogs.manage permission. It goes last in the order. A name in use (case-insensitively) is a 409 naming the field.
         */
        post: operations["catalogs-categories-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a category
         * @description Needs the catalogs.manage permission. Send only the fields to change. A name in use (case-insensitively) is a 409 naming the field.
         */
        patch: operations["catalogs-categories-update"];
        trace?: never;
    };
    "/catalogs/categories/{id}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Activate or deactivate a category
         * @description Needs the catalogs.manage permission. Items are never deleted: tickets that use a deactivated category keep it, new ones can no longer choose it.
         */
        put: operations["catalogs-categories-setActive"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/categories/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder the categories
         * @description Needs the catalogs.manage permission. `ids`: every category, inactive ones included, each once, in the new order. Answers them all in that order.
         */
        put: operations["catalogs-categories-reorder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/problem-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a problem type
         * @description Needs the catalogs.manage permission. It goes last in the order. A name in use (case-insensitively) is a 409 naming the field.
         */
        post: operations["catalogs-problemTypes-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/problem-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a problem type
         * @description Needs the catalogs.manage permission. Send only the fields to change. A name in use (case-insensitively) is a 409 naming the field.
         */
        patch: operations["catalogs-problemTypes-update"];
        trace?: never;
    };
    "/catalogs/problem-types/{id}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Activate or deactivate a problem type
         * @description Needs the catalogs.manage permission. Items are never deleted: tickets that use a deactivated problem type keep it, new ones can no longer choose it.
         */
        put: operations["catalogs-problemTypes-setActive"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/problem-types/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder the problem types
         * @description Needs the catalogs.manage permission. `ids`: every problem type, inactive ones included, each once, in the new order. Answers them all in that order.
         */
        put: operations["catalogs-problemTypes-reorder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tickets
         * @description Any signed-in user. One page of the tickets the caller may see that match every filter given. Callers see every ticket with `tickets.read.all`; anyone else only the tickets they requested or are assigned (and, with `tickets.read.organization`, those of their organization). A ticket they may not see answers NOT_FOUND (404), exactly like one that does not exist. Filters: `search` (full text over titles, descriptions and readable comments: words, "quoted phrases", -excluded; `#1042` finds that ticket first); `statusIds`, `statusCategories` (open, pending, resolved, closed), `priorityIds`, `criticalityIds`, `categoryIds`, `problemTypeIds` (any of them) and `tags` (all of them) are lists: repeat the key, `?statusIds=a&statusIds=b`; `assignee` is `me`, `unassigned` or a user id; `requesterId`, `organizationId`, `locationId`; `createdFrom` / `createdTo` (dates or date-times, both included); `sla` (`due_soon` or `breached`). Order: `sort` (createdAt, updatedAt, number, priority, dueAt; `relevance`, best matches first, with a search) and `direction` (asc, desc; default createdAt desc). Paging: `limit` (1–100, default 25); pass the answer's `nextCursor` back as `cursor` for the next page, with the same filters; it is null on the last page.
         */
        get: operations["tickets-list"];
        put?: never;
        /**
         * Open a ticket
         * @description Needs `tickets.create`. Opens a ticket with the default status, and the default priority unless `priorityId` is given; the requester's organization, and their location unless `locationId` is given. Catalog items must be active, a problem type must belong to the category. Only staff (`tickets.read.all`) may open one for someone else with `requesterId`; anyone else's ticket is their own. Returns the new ticket.
         */
        post: operations["tickets-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One ticket
         * @description Any signed-in user, for a ticket they may see. Callers see every ticket with `tickets.read.all`; anyone else only the tickets they requested or are assigned (and, with `tickets.read.organization`, those of their organization). A ticket they may not see answers NOT_FOUND (404), exactly like one that does not exist. Returns the whole ticket with its SLA and, in `can`, what the caller may do with it (update, assign, set the status, delete, internal notes, moderate comments), so a client offers only that; the API checks again on every change.
         */
        get: operations["tickets-get"];
        put?: never;
        post?: never;
        /**
         * Delete a ticket
         * @description Needs `tickets.delete`, on a ticket the caller may see. Callers see every ticket with `tickets.read.all`; anyone else only the tickets they requested or are assigned (and, with `tickets.read.organization`, those of their organization). A ticket they may not see answers NOT_FOUND (404), exactly like one that does not exist. Deletes the ticket and its comments for good (its audit entries stay). Returns its id and number.
         */
        delete: operations["tickets-delete"];
        options?: never;
        head?: never;
        /**
         * Change a ticket
         * @description Needs `tickets.update`, on a ticket the caller may see. Callers see every ticket with `tickets.read.all`; anyone else only the tickets they requested or are assigned (and, with `tickets.read.organization`, those of their organization). A ticket they may not see answers NOT_FOUND (404), exactly like one that does not exist. The body carries only the fields to change: title, description, tags (the whole new list), priorityId (which moves the SLA due times), and criticalityId, categoryId, problemTypeId, locationId (null clears them). A new category drops a problem type of another category unless one is given too. Returns the changed ticket.
         */
        patch: operations["tickets-update"];
        trace?: never;
    };
    "/tickets/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a ticket
         * @description Needs `tickets.assign`, on a ticket the caller may see. Callers see every ticket with `tickets.read.all`; anyone else only the tickets they requested or are assigned (and, with `tickets.read.organization`, those of their organization). A ticket they may not see answers NOT_FOUND (404), exactly like one that does not exist. Body: `assigneeId`, an active staff user, or null to unassign. Returns the changed ticket.
         */
        post: operations["tickets-assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a ticket's status
         * @description Needs `tickets.status`, on a ticket the caller may see. Callers see every ticket with `tickets.read.all`; anyone else only the tickets they requested or are assigned (and, with `tickets.read.organization`, those of their organization). A ticket they may not see answers NOT_FOUND (404), exactly like one that does not exist. Body: `statusId`, an active status. A resolved status sets the resolution time, a closed one the closing time; reopening clears both. Returns the changed ticket.
         */
        post: operations["tickets-setStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change many tickets at once
         * @description Needs the permission of each field it changes (FORBIDDEN names the missing ones): `assigneeId` (an active staff user, or null to unassign) needs `tickets.assign`, `statusId` `tickets.status`, `priorityId` `tickets.update`; give at least one of the three. `ids`: 1–100 tickets, each one the caller may see (NOT_FOUND otherwise, and nothing changes). One transaction: all of them change, or none; one audit entry per ticket that changed. Returns how many changed.
         */
        post: operations["tickets-bulkUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A ticket's history
         * @description Any signed-in user, for a ticket they may see. Callers see every ticket with `tickets.read.all`; anyone else only the tickets they requested or are assigned (and, with `tickets.read.organization`, those of their organization). A ticket they may not see answers NOT_FOUND (404), exactly like one that does not exist. The audit entries of the ticket and its comments, newest first; entries about internal notes only with `tickets.internal`. Paging: `limit` (1–100, default 50); pass the answer's `nextCursor` back as `cursor` for the next page (null on the last).
         */
        get: operations["tickets-history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{ticketId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A ticket's comments
         * @description Any signed-in user, on a ticket they may see (with `tickets.read.all` every ticket; otherwise those they requested or are assigned, and their organization's with `tickets.read.organization`; NOT_FOUND for any other). The replies and notes, oldest first; internal notes only with `tickets.internal`. Paging: `limit` (1–200, default 100); pass the answer's `nextCursor` back as `cursor` for the next page (null on the last).
         */
        get: operations["comments-list"];
        put?: never;
        /**
         * Reply to a ticket
         * @description Any signed-in user, on a ticket they may see (NOT_FOUND otherwise). Body: `body`, and `internal: true` for an internal note, which needs `tickets.internal` (FORBIDDEN otherwise) and is never shown to requesters. The first public reply of staff other than the requester is the ticket's first response (its SLA). Returns the new comment.
         */
        post: operations["comments-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a comment
         * @description Its author, or anyone with `comments.moderate` (FORBIDDEN otherwise), on a comment they may read (NOT_FOUND otherwise: another requester's ticket, an internal note without `tickets.internal`). Deletes it for good; its audit entry stays in the ticket's history. Returns its id.
         */
        delete: operations["comments-delete"];
        options?: never;
        head?: never;
        /**
         * Edit a comment
         * @description Its author only (FORBIDDEN for anyone else who may read it), on a ticket they may still see; a comment the caller may not read (another requester's ticket, an internal note without `tickets.internal`) is NOT_FOUND. Body: `body`, the new text. The comment is then marked edited (`editedAt`), unless the text did not change. Returns the comment.
         */
        patch: operations["comments-update"];
        trace?: never;
    };
    "/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My saved views
         * @description Any signed-in user. Their own saved views by name, then, for staff (`tickets.read.all`), the views other people shared, by name (`mine` tells them apart). Each with its `filters`, the query of GET /tickets it stands for; a view whose stored filters are no longer valid comes back with the defaults and `stale: true`.
         */
        get: operations["views-list"];
        put?: never;
        /**
         * Save a view
         * @description Any signed-in user, for themselves. Body: `name` (1–60 characters, unique among the caller's views ignoring case: CONFLICT otherwise), `filters`, and `shared: true` to show it to all staff, which needs `views.share` (FORBIDDEN otherwise). `filters` holds the filters and order of GET /tickets, as a JSON object (lists as arrays; no `limit` or `cursor`): `search`, `statusIds`, `statusCategories`, `priorityIds`, `criticalityIds`, `categoryIds`, `problemTypeIds`, `tags`, `assignee` (`me`, whoever opens the view; `unassigned`; or a user id), `requesterId`, `organizationId`, `locationId`, `createdFrom`, `createdTo` (dates), `sla` (`due_soon`, `breached`), `sort` and `direction`. It is stored as parsed: defaults filled in, unknown keys dropped. At most 50 views each (PRECONDITION_FAILED beyond). Returns the view.
         */
        post: operations["views-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a saved view
         * @description Its owner only: anyone else's view is NOT_FOUND, like one that does not exist. Returns its id.
         */
        delete: operations["views-delete"];
        options?: never;
        head?: never;
        /**
         * Change a saved view
         * @description Its owner only: anyone else's view is NOT_FOUND, like one that does not exist. The body carries only what changes: `name`, `filters` (the whole new set), `shared`. Changing a view that is or becomes shared needs `views.share` (FORBIDDEN otherwise); unsharing needs nothing. `filters` holds the filters and order of GET /tickets, as a JSON object (lists as arrays; no `limit` or `cursor`): `search`, `statusIds`, `statusCategories`, `priorityIds`, `criticalityIds`, `categoryIds`, `problemTypeIds`, `tags`, `assignee` (`me`, whoever opens the view; `unassigned`; or a user id), `requesterId`, `organizationId`, `locationId`, `createdFrom`, `createdTo` (dates), `sla` (`due_soon`, `breached`), `sort` and `direction`. It is stored as parsed: defaults filled in, unknown keys dropped. Returns the view.
         */
        patch: operations["views-update"];
        trace?: never;
    };
    "/dashboard/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dashboard numbers
         * @description Needs `dashboard.read`. Over the tickets the caller may see: counts by status (every ticket); by priority, criticality, category, location and assignee (workload), the unfinished ones (open or pending), with `id` null for those without one; `overdue` and `dueSoon` as the list's `sla` filter finds them now. For the period `from`–`to` (UTC days as YYYY-MM-DD, both included; `to` defaults to today, or to 30 days from `from` if that is given; `from` to 29 days before `to`; at most 366 days): tickets created and resolved per day, and the median minutes to the first response and to the resolution of the tickets created in it (null when none has one).
         */
        get: operations["dashboard-stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log
         * @description Needs `audit.read`. Every recorded change, newest first; entries about internal notes only with `tickets.internal`. Filters: `entityType` (ticket, comment, user…), `entityId`, `actorId`, `action` (`ticket` finds every ticket.* action, `ticket.update` only that one), `from` / `to` (dates or date-times, both included). Paging: `limit` (1–100, default 50); pass the answer's `nextCursor` back as `cursor` for the next page (null on the last).
         */
        get: operations["audit-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My conversations
         * @description Any signed-in user. Their direct conversations and the announcements (the broadcast conversation, which everyone belongs to), latest activity first, each with its members, last message and unread count. Paging: `limit` (1–50, default 20); pass the answer's `nextCursor` back as `cursor` for the next page (null on the last).
         */
        get: operations["messages-conversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A conversation's messages
         * @description Any signed-in user, in a conversation they belong to (NOT_FOUND otherwise). Its messages, newest first; a deleted one keeps its place with an empty body. Paging: `limit` (1–100, default 30); pass the answer's `nextCursor` back as `cursor` for the next (older) page (null on the last).
         */
        get: operations["messages-history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People I may message
         * @description Needs `messages.send`. The active users who take messages, other than the caller, by name: the `recipientId`s POST /messages accepts. `search` matches names and usernames (any part, ignoring case); `limit` 1–50, default 20 (no further pages: search to narrow it).
         */
        get: operations["messages-recipients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message
         * @description Needs `messages.send`; rate-limited (TOO_MANY_REQUESTS). Body: `body`, and either `recipientId` (a user who takes messages: their direct conversation with the caller, created on first use) or `conversationId` (a direct conversation of the caller's), one of the two; `parentId` to reply to a message of that conversation. Announcements go through POST /messages/broadcast. Returns the message.
         */
        post: operations["messages-send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/broadcast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post an announcement
         * @description Needs `messages.broadcast`; rate-limited (TOO_MANY_REQUESTS). Body: `body`. Every user receives it, in the broadcast conversation. Returns the message.
         */
        post: operations["messages-broadcast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a message
         * @description Its sender only: a message in a conversation the caller belongs to but sent by someone else is FORBIDDEN; one outside their conversations NOT_FOUND; one already deleted CONFLICT. The message keeps its place in the conversation with an empty body and `deletedAt` set. Returns the message.
         */
        delete: operations["messages-delete"];
        options?: never;
        head?: never;
        /**
         * Edit a message
         * @description Its sender only: a message in a conversation the caller belongs to but sent by someone else is FORBIDDEN; one outside their conversations NOT_FOUND; a deleted one CONFLICT. Body: `body`, the new text. The message is then marked edited (`editedAt`). Returns the message.
         */
        patch: operations["messages-edit"];
        trace?: never;
    };
    "/messages/conversations/{conversationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a conversation read
         * @description Any signed-in user, in a conversation they belong to (NOT_FOUND otherwise). Everything in it is read as of now. Returns the time it was read up to.
         */
        post: operations["messages-markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unread messages
         * @description Any signed-in user. How many messages from others they have not read: in total and per conversation (only the conversations with some).
         */
        get: operations["messages-unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My notifications
         * @description Any signed-in user: their own notifications, newest first. Each says what happened (`kind`, `text`, who did it) and where it leads: a ticket (`ticketId`, `ticketNumber`) or a conversation (`conversationId`); `readAt` is null while unread. Paging: `limit` (1–50, default 20); pass the answer's `nextCursor` back as `cursor` for the next page (null on the last).
         */
        get: operations["notifications-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unread notifications
         * @description Any signed-in user: how many of their notifications are unread.
         */
        get: operations["notifications-unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a notification read
         * @description Any signed-in user, for one of their own notifications (anyone else's is NOT_FOUND). No body. A notification already read stays as it was. Returns its id.
         */
        post: operations["notifications-markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all notifications read
         * @description Any signed-in user: every notification of theirs is read. No body. Returns how many were unread.
         */
        post: operations["notifications-markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Every error answers this shape.
         * @example {
         *       "error": {
         *         "code": "BAD_REQUEST",
         *         "message": "Some fields are not valid: see fieldErrors.",
         *         "fieldErrors": {
         *           "title": [
         *             "Too small: expected string to have >=3 characters"
         *           ]
         *         },
         *         "requestId": "6f1d2c3b-4a59-4c2d-9a8e-0b6f5c1e3f1a"
         *       }
         *     }
         */
        "error.BAD_REQUEST": {
            error: {
                /**
                 * @description A stable, machine-readable code.
                 * @example BAD_REQUEST
                 */
                code: string;
                /** @description What went wrong, for a person to read. */
                message: string;
                /** @description Per input field, what is wrong with it (400 and 409 only). */
                fieldErrors?: {
                    [key: string]: string[];
                };
                /**
                 * Format: uuid
                 * @description Quote it when reporting a problem.
                 */
                requestId: string;
            };
        };
        /**
         * @description Every error answers this shape.
         * @example {
         *       "error": {
         *         "code": "NOT_FOUND",
         *         "message": "That ticket does not exist, or you may not see it.",
         *         "requestId": "6f1d2c3b-4a59-4c2d-9a8e-0b6f5c1e3f1a"
         *       }
         *     }
         */
        "error.NOT_FOUND": {
            error: {
                /**
                 * @description A stable, machine-readable code.
                 * @example NOT_FOUND
                 */
                code: string;
                /** @description What went wrong, for a person to read. */
                message: string;
                /** @description Per input field, what is wrong with it (400 and 409 only). */
                fieldErrors?: {
                    [key: string]: string[];
                };
                /**
                 * Format: uuid
                 * @description Quote it when reporting a problem.
                 */
                requestId: string;
            };
        };
        /**
         * @description Every error answers this shape.
         * @example {
         *       "error": {
         *         "code": "INTERNAL_SERVER_ERROR",
         *         "message": "Something went wrong on our side. Quote the request id if you report it.",
         *         "requestId": "6f1d2c3b-4a59-4c2d-9a8e-0b6f5c1e3f1a"
         *       }
         *     }
         */
        "error.INTERNAL_SERVER_ERROR": {
            error: {
                /**
                 * @description A stable, machine-readable code.
                 * @example INTERNAL_SERVER_ERROR
                 */
                code: string;
                /** @description What went wrong, for a person to read. */
                message: string;
                /** @description Per input field, what is wrong with it (400 and 409 only). */
                fieldErrors?: {
                    [key: string]: string[];
                };
                /**
                 * Format: uuid
                 * @description Quote it when reporting a problem.
                 */
                requestId: string;
            };
        };
        Profile: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /**
             * Format: email
             * @example sofia.martinez@example.com
             */
            email: string;
            /** @example sofia.martinez */
            username: string;
            /** @example Sofía Martínez */
            fullName: string;
            bio: string;
            /** @example +34 600 123 456 */
            phone: string;
            /**
             * @description The interface language: en or es.
             * @example es
             */
            locale: string;
            /**
             * @description A colour as #rrggbb.
             * @example #4f46e5
             */
            avatarColor: string;
            isSuperuser: boolean;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdAt: string;
            lastLoginAt: string | null;
            organization: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
            } | null;
            location: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
            } | null;
        };
        LoginResult: {
            /** @description Send as `Authorization: Bearer <accessToken>`. */
            accessToken: string;
            /** @description Single use: exchange it at POST /auth/refresh for a new pair. */
            refreshToken: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            accessTokenExpiresAt: string;
            user: components["schemas"]["Profile"];
        };
        TokenPair: {
            /** @description Send as `Authorization: Bearer <accessToken>`. */
            accessToken: string;
            /** @description Single use: exchange it at POST /auth/refresh for a new pair. */
            refreshToken: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            accessTokenExpiresAt: string;
        };
        /**
         * @description Every error answers this shape.
         * @example {
         *       "error": {
         *         "code": "UNAUTHORIZED",
         *         "message": "Sign in to continue.",
         *         "requestId": "6f1d2c3b-4a59-4c2d-9a8e-0b6f5c1e3f1a"
         *       }
         *     }
         */
        "error.UNAUTHORIZED": {
            error: {
                /**
                 * @description A stable, machine-readable code.
                 * @example UNAUTHORIZED
                 */
                code: string;
                /** @description What went wrong, for a person to read. */
                message: string;
                /** @description Per input field, what is wrong with it (400 and 409 only). */
                fieldErrors?: {
                    [key: string]: string[];
                };
                /**
                 * Format: uuid
                 * @description Quote it when reporting a problem.
                 */
                requestId: string;
            };
        };
        /**
         * @description Every error answers this shape.
         * @example {
         *       "error": {
         *         "code": "FORBIDDEN",
         *         "message": "You need the \"tickets.update\" permission to do this.",
         *         "requestId": "6f1d2c3b-4a59-4c2d-9a8e-0b6f5c1e3f1a"
         *       }
         *     }
         */
        "error.FORBIDDEN": {
            error: {
                /**
                 * @description A stable, machine-readable code.
                 * @example FORBIDDEN
                 */
                code: string;
                /** @description What went wrong, for a person to read. */
                message: string;
                /** @description Per input field, what is wrong with it (400 and 409 only). */
                fieldErrors?: {
                    [key: string]: string[];
                };
                /**
                 * Format: uuid
                 * @description Quote it when reporting a problem.
                 */
                requestId: string;
            };
        };
        CurrentUser: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /**
             * Format: email
             * @example sofia.martinez@example.com
             */
            email: string;
            /** @example sofia.martinez */
            username: string;
            /** @example Sofía Martínez */
            fullName: string;
            bio: string;
            /** @example +34 600 123 456 */
            phone: string;
            /**
             * @description The interface language: en or es.
             * @example es
             */
            locale: string;
            /**
             * @description A colour as #rrggbb.
             * @example #4f46e5
             */
            avatarColor: string;
            isSuperuser: boolean;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdAt: string;
            lastLoginAt: string | null;
            organization: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
            } | null;
            location: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
            } | null;
            roles: string[];
            permissions: components["schemas"]["PermissionName"][];
        };
        /**
         * @example tickets.assign
         * @enum {string}
         */
        PermissionName: "dashboard.read" | "tickets.read.all" | "tickets.read.organization" | "tickets.create" | "tickets.update" | "tickets.assign" | "tickets.status" | "tickets.delete" | "tickets.internal" | "comments.moderate" | "views.share" | "users.read" | "users.manage" | "roles.manage" | "organizations.manage" | "catalogs.manage" | "settings.manage" | "audit.read" | "messages.send" | "messages.broadcast";
        MyPermissions: {
            /** @description A superuser passes every permission check. */
            isSuperuser: boolean;
            roles: string[];
            permissions: components["schemas"]["PermissionName"][];
        };
        Session: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /**
             * @description api: a token pair; web: a browser sign-in.
             * @enum {string}
             */
            kind: "api" | "web";
            /**
             * @description The label given at sign-in; may be empty.
             * @example Work laptop
             */
            device: string;
            /**
             * @description The last address it was used from; may be empty.
             * @example 203.0.113.7
             */
            ip: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            lastUsedAt: string;
            /** @description Whether this is the session making the request. */
            current: boolean;
            userAgent: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            expiresAt: string;
        };
        Settings: {
            /** @description Whether anyone may create an account (POST /auth/register) and sign-in offers it. */
            registrationEnabled: boolean;
        };
        UserOption: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /** @example Sofía Martínez */
            fullName: string;
            /** @example sofia.martinez */
            username: string;
            /**
             * @description A colour as #rrggbb.
             * @example #4f46e5
             */
            avatarColor: string;
        };
        AdminUser: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /**
             * Format: email
             * @example sofia.martinez@example.com
             */
            email: string;
            /** @example sofia.martinez */
            username: string;
            /** @example Sofía Martínez */
            fullName: string;
            bio: string;
            /** @example +34 600 123 456 */
            phone: string;
            /**
             * @description The interface language: en or es.
             * @example es
             */
            locale: string;
            /**
             * @description A colour as #rrggbb.
             * @example #4f46e5
             */
            avatarColor: string;
            isSuperuser: boolean;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdAt: string;
            lastLoginAt: string | null;
            organization: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
            } | null;
            location: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
            } | null;
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            updatedAt: string;
            roles: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
            }[];
        };
        UserCreated: {
            user: components["schemas"]["AdminUser"];
            /**
             * @description The password generated when none was sent: shown this once, never stored in clear. Null when one was sent.
             * @example q3V9sKx2mB7tLw4pR8nZ
             */
            generatedPassword: string | null;
        };
        UserDetail: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /**
             * Format: email
             * @example sofia.martinez@example.com
             */
            email: string;
            /** @example sofia.martinez */
            username: string;
            /** @example Sofía Martínez */
            fullName: string;
            bio: string;
            /** @example +34 600 123 456 */
            phone: string;
            /**
             * @description The interface language: en or es.
             * @example es
             */
            locale: string;
            /**
             * @description A colour as #rrggbb.
             * @example #4f46e5
             */
            avatarColor: string;
            isSuperuser: boolean;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdAt: string;
            lastLoginAt: string | null;
            organization: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
            } | null;
            location: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
            } | null;
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            updatedAt: string;
            roles: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
            }[];
            /** @description Live sessions, most recently used first. */
            sessions: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                /**
                 * @description api: a token pair; web: a browser sign-in.
                 * @enum {string}
                 */
                kind: "api" | "web";
                /**
                 * @description The label given at sign-in; may be empty.
                 * @example Work laptop
                 */
                device: string;
                /**
                 * @description The last address it was used from; may be empty.
                 * @example 203.0.113.7
                 */
                ip: string;
                /**
                 * Format: date-time
                 * @example 2026-12-05T09:30:00.000Z
                 */
                createdAt: string;
                /**
                 * Format: date-time
                 * @example 2026-12-05T09:30:00.000Z
                 */
                lastUsedAt: string;
                /** @description Whether this is the session making the request. */
                current: boolean;
            }[];
            /** @description The last audit entries about or by the user. */
            recentActivity: {
                /**
                 * @description The audit entry's serial number, as text.
                 * @example 1042
                 */
                id: string;
                /** @example user.update */
                action: string;
                /** @example user */
                entityType: string;
                entityId: string;
                /**
                 * @example {
                 *       "fullName": {
                 *         "before": "Sofia Martinez",
                 *         "after": "Sofía Martínez"
                 *       }
                 *     }
                 */
                changes: {
                    [key: string]: {
                        before?: unknown;
                        after?: unknown;
                    };
                };
                ip: string;
                /**
                 * Format: date-time
                 * @example 2026-12-05T09:30:00.000Z
                 */
                createdAt: string;
                /** @description Null for the system. */
                actor: {
                    /**
                     * Format: uuid
                     * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                     */
                    id: string;
                    /** @example Sofía Martínez */
                    fullName: string;
                } | null;
            }[];
        };
        UserDeleted: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /** @description True when tickets, comments, messages or audit entries refer to the user: the account was emptied of everything personal and closed, and shows as “Deleted user”. False when the row was removed. */
            anonymised: boolean;
        };
        PasswordReset: {
            /**
             * @description The password generated when none was sent: shown this once, never stored in clear. Null when one was sent.
             * @example q3V9sKx2mB7tLw4pR8nZ
             */
            generatedPassword: string | null;
        };
        Role: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /** @example agent */
            name: string;
            description: string;
            /** @description Built-in roles cannot be renamed or deleted. */
            builtIn: boolean;
            permissions: string[];
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            updatedAt: string;
            memberCount: number;
        };
        PermissionCatalog: {
            areas: {
                /** @enum {string} */
                area: "dashboard" | "tickets" | "users" | "settings" | "messages";
                label: components["schemas"]["BilingualText"];
                permissions: {
                    name: components["schemas"]["PermissionName"];
                    label: components["schemas"]["BilingualText"];
                    description: components["schemas"]["BilingualText"];
                }[];
            }[];
        };
        /**
         * @example {
         *       "en": "Assign tickets",
         *       "es": "Asignar tickets"
         *     }
         */
        BilingualText: {
            en: string;
            es: string;
        };
        RoleDeleted: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /** @description How many users held the role. */
            removedFromUsers: number;
        };
        Organization: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /** @description Inactive entries are no longer offered for users and tickets. */
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            updatedAt: string;
            /** @description How many users and tickets refer to the entry. */
            _count: {
                users: number;
                tickets: number;
            };
            /** @example Acme Logistics */
            name: string;
            /**
             * @description The email domain of its people; may be empty.
             * @example acme.com
             */
            domain: string;
        };
        DirectoryEntryDeleted: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /** @description True when nothing referred to the entry and it was removed. */
            deleted: boolean;
            /** @description True when users or tickets refer to it: it was deactivated instead. */
            deactivated: boolean;
        };
        Location: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /** @description Inactive entries are no longer offered for users and tickets. */
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            updatedAt: string;
            /** @description How many users and tickets refer to the entry. */
            _count: {
                users: number;
                tickets: number;
            };
            /** @example Madrid office */
            name: string;
            description: string;
            position: number;
        };
        Catalogs: {
            statuses: components["schemas"]["CatalogStatus"][];
            priorities: components["schemas"]["CatalogPriority"][];
            criticalities: components["schemas"]["CatalogCriticality"][];
            categories: components["schemas"]["CatalogCategory"][];
            problemTypes: components["schemas"]["CatalogProblemType"][];
        };
        CatalogStatus: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /** @example In progress */
            name: string;
            /** @example En curso */
            nameEs: string;
            active: boolean;
            position: number;
            /** @enum {string} */
            category: "open" | "pending" | "resolved" | "closed";
            /** @example #64748b */
            color: string;
            isDefault: boolean;
        };
        CatalogPriority: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /** @example In progress */
            name: string;
            /** @example En curso */
            nameEs: string;
            active: boolean;
            position: number;
            /** @example #64748b */
            color: string;
            /** @description SLA: first response due, from ticket creation. */
            responseMinutes: number;
            /** @description SLA: resolution due, from ticket creation. */
            resolutionMinutes: number;
            isDefault: boolean;
        };
        CatalogCriticality: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /** @example In progress */
            name: string;
            /** @example En curso */
            nameEs: string;
            active: boolean;
            position: number;
            /** @example #64748b */
            color: string;
        };
        CatalogCategory: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /** @example In progress */
            name: string;
            /** @example En curso */
            nameEs: string;
            active: boolean;
            position: number;
            description: string;
        };
        CatalogProblemType: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /** @example In progress */
            name: string;
            /** @example En curso */
            nameEs: string;
            active: boolean;
            position: number;
            categoryId: string | null;
        };
        TicketPage: {
            items: components["schemas"]["TicketListItem"][];
            nextCursor: string | null;
        };
        TicketListItem: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /** @example 1042 */
            number: number;
            /** @example The printer on the 2nd floor jams */
            title: string;
            tags: string[];
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            updatedAt: string;
            firstResponseAt: string | null;
            resolvedAt: string | null;
            closedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            responseDueAt: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            resolutionDueAt: string;
            status: components["schemas"]["TicketStatusRef"];
            priority: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
                nameEs: string;
                color: string;
            };
            criticality: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
                nameEs: string;
                color: string;
            } | null;
            category: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
                nameEs: string;
            } | null;
            requester: components["schemas"]["Person"];
            assignee: components["schemas"]["Person"] | null;
            sla: components["schemas"]["TicketSla"];
        };
        TicketStatusRef: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /** @example Open */
            name: string;
            /** @example Abierto */
            nameEs: string;
            /** @example #3b82f6 */
            color: string;
            /** @enum {string} */
            category: "open" | "pending" | "resolved" | "closed";
        };
        Person: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /** @example Sofía Martínez */
            fullName: string;
            avatarColor: string;
        };
        /** @description The first-response and resolution targets of a ticket and where each stands now. */
        TicketSla: {
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            responseDueAt: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            resolutionDueAt: string;
            /**
             * @description The worst of the two targets: met only when both were met.
             * @enum {string}
             */
            state: "ok" | "due_soon" | "breached" | "met";
            /**
             * @description ok; due_soon (in the last fifth of the time the target allows); breached (late); met (done in time).
             * @enum {string}
             */
            response: "ok" | "due_soon" | "breached" | "met";
            /**
             * @description ok; due_soon (in the last fifth of the time the target allows); breached (late); met (done in time).
             * @enum {string}
             */
            resolution: "ok" | "due_soon" | "breached" | "met";
        };
        Ticket: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /** @example 1042 */
            number: number;
            /** @example The printer on the 2nd floor jams */
            title: string;
            tags: string[];
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            updatedAt: string;
            firstResponseAt: string | null;
            resolvedAt: string | null;
            closedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            responseDueAt: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            resolutionDueAt: string;
            status: components["schemas"]["TicketStatusRef"];
            priority: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
                nameEs: string;
                color: string;
            };
            criticality: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
                nameEs: string;
                color: string;
            } | null;
            category: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
                nameEs: string;
            } | null;
            requester: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                /** @example Sofía Martínez */
                fullName: string;
                avatarColor: string;
                /** @example sofia.martinez@example.com */
                email: string;
            };
            assignee: components["schemas"]["Person"] | null;
            sla: components["schemas"]["TicketSla"];
            description: string;
            problemType: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
                nameEs: string;
                categoryId: string | null;
            } | null;
            location: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
            } | null;
            organization: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
            } | null;
        };
        TicketDetail: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /** @example 1042 */
            number: number;
            /** @example The printer on the 2nd floor jams */
            title: string;
            tags: string[];
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            updatedAt: string;
            firstResponseAt: string | null;
            resolvedAt: string | null;
            closedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            responseDueAt: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            resolutionDueAt: string;
            status: components["schemas"]["TicketStatusRef"];
            priority: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
                nameEs: string;
                color: string;
            };
            criticality: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
                nameEs: string;
                color: string;
            } | null;
            category: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
                nameEs: string;
            } | null;
            requester: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                /** @example Sofía Martínez */
                fullName: string;
                avatarColor: string;
                /** @example sofia.martinez@example.com */
                email: string;
            };
            assignee: components["schemas"]["Person"] | null;
            sla: components["schemas"]["TicketSla"];
            description: string;
            problemType: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
                nameEs: string;
                categoryId: string | null;
            } | null;
            location: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
            } | null;
            organization: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
            } | null;
            can: components["schemas"]["TicketAbilities"];
        };
        TicketAbilities: {
            update: boolean;
            assign: boolean;
            setStatus: boolean;
            delete: boolean;
            /** @description Reads and writes internal notes. */
            internalNotes: boolean;
            /** @description Deletes others' comments. */
            moderateComments: boolean;
        };
        DeletedTicket: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            number: number;
        };
        TicketBulkResult: {
            /**
             * @description How many of the tickets changed (one already in that state does not count).
             * @example 2
             */
            updated: number;
        };
        TicketHistoryEntry: {
            /**
             * @description A serial number, as text.
             * @example 48213
             */
            id: string;
            /** @example ticket.update */
            action: string;
            /** @example ticket */
            entityType: string;
            entityId: string;
            /**
             * @description The fields that changed: `{ field: { before, after } }` (free-form JSON).
             * @example {
             *       "status": {
             *         "before": {
             *           "id": "…",
             *           "name": "Open"
             *         },
             *         "after": {
             *           "id": "…",
             *           "name": "Resolved"
             *         }
             *       }
             *     }
             */
            changes: unknown;
            /** @description About an internal note. */
            internal: boolean;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdAt: string;
            /** @description Who did it; null for the system. */
            actor: components["schemas"]["Person"] | null;
        };
        Comment: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            ticketId: string;
            /** @example Restarting the printer fixed it for now. */
            body: string;
            /** @description An internal note, never shown to requesters. */
            internal: boolean;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdAt: string;
            editedAt: string | null;
            author: components["schemas"]["Person"];
        };
        DeletedComment: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
        };
        SavedView: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /** @example My overdue tickets */
            name: string;
            filters: components["schemas"]["TicketFilters"];
            /** @description Shown to all staff (sharing needs `views.share`). */
            shared: boolean;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            updatedAt: string;
            owner: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                /** @example Sofía Martínez */
                fullName: string;
            };
            /** @description The stored filters are no longer valid: `filters` holds the defaults instead. Save new ones. */
            stale: boolean;
            /** @description The caller owns it (and only they may change it). */
            mine: boolean;
        };
        /** @description The filters and order of GET /tickets (its query without `limit` and `cursor`), as the server parsed them: defaults filled in, unknown keys dropped. */
        TicketFilters: {
            /** @example printer -toner */
            search?: string;
            statusIds?: string[];
            statusCategories?: ("open" | "pending" | "resolved" | "closed")[];
            priorityIds?: string[];
            criticalityIds?: string[];
            categoryIds?: string[];
            problemTypeIds?: string[];
            /** @description `me` (whoever opens the view), `unassigned`, or a user id. */
            assignee?: "me" | "unassigned" | string;
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            requesterId?: string;
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            organizationId?: string;
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            locationId?: string;
            /** @description All of them. */
            tags?: string[];
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdFrom?: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdTo?: string;
            /** @enum {string} */
            sla?: "due_soon" | "breached";
            /** @enum {string} */
            sort: "createdAt" | "updatedAt" | "number" | "priority" | "dueAt" | "relevance";
            /** @enum {string} */
            direction: "asc" | "desc";
        };
        DeletedView: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
        };
        DashboardStats: {
            /**
             * Format: date
             * @example 2026-12-04
             */
            from: string;
            /**
             * Format: date
             * @example 2026-12-04
             */
            to: string;
            byStatus: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                id: string;
                name: string;
                nameEs: string;
                color: string;
                /** @enum {string} */
                category: "open" | "pending" | "resolved" | "closed";
                count: number;
            }[];
            byPriority: components["schemas"]["DashboardCount"][];
            byCriticality: components["schemas"]["DashboardCount"][];
            byCategory: components["schemas"]["DashboardCount"][];
            byLocation: components["schemas"]["DashboardCount"][];
            open: number;
            overdue: number;
            dueSoon: number;
            createdPerDay: {
                /**
                 * Format: date
                 * @example 2026-12-04
                 */
                date: string;
                count: number;
            }[];
            resolvedPerDay: {
                /**
                 * Format: date
                 * @example 2026-12-04
                 */
                date: string;
                count: number;
            }[];
            /** @example 42.5 */
            medianFirstResponseMinutes: number | null;
            medianResolutionMinutes: number | null;
            workload: {
                assignee: {
                    /**
                     * Format: uuid
                     * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                     */
                    id: string;
                    fullName: string;
                };
                open: number;
                overdue: number;
            }[];
            unassigned: {
                open: number;
                overdue: number;
            };
        };
        DashboardCount: {
            id: string | null;
            name: string;
            nameEs: string | null;
            /** @description Priorities and criticality levels only. */
            color?: string;
            count: number;
        };
        AuditEntry: {
            /**
             * @description A serial number, as text.
             * @example 48213
             */
            id: string;
            /** @example ticket.update */
            action: string;
            /** @example ticket */
            entityType: string;
            entityId: string;
            /**
             * @description The fields that changed: `{ field: { before, after } }` (free-form JSON).
             * @example {
             *       "status": {
             *         "before": {
             *           "id": "…",
             *           "name": "Open"
             *         },
             *         "after": {
             *           "id": "…",
             *           "name": "Resolved"
             *         }
             *       }
             *     }
             */
            changes: unknown;
            /** @description About an internal note. */
            internal: boolean;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdAt: string;
            /** @description Who did it; null for the system. */
            actor: components["schemas"]["Person"] | null;
            /** @description The ticket it belongs to (its own or its comment's), if any. */
            ticketId: string | null;
            /** @description The client's address; empty when unknown. */
            ip: string;
            /** @description The request that did it; empty when unknown. */
            requestId: string;
        };
        Conversation: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /**
             * @description direct: between two users; broadcast: the announcements, which everyone receives.
             * @enum {string}
             */
            kind: "direct" | "broadcast";
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            lastMessageAt: string;
            /** @description The two people of a direct conversation; empty for broadcast. */
            members: components["schemas"]["Person"][];
            lastMessage: components["schemas"]["Message"] | null;
            unreadCount: number;
        };
        Message: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            conversationId: string;
            /**
             * @description Empty once the message was deleted (it keeps its place).
             * @example The VPN is back, try again.
             */
            body: string;
            /** @description The message this one replies to. */
            parentId: string | null;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdAt: string;
            editedAt: string | null;
            deletedAt: string | null;
            sender: components["schemas"]["Person"];
            parent: components["schemas"]["MessageParent"] | null;
        };
        /** @description The message this one replies to; an empty body if it was deleted. */
        MessageParent: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            sender: components["schemas"]["Person"];
            body: string;
        };
        /** @description People the caller may write to, by name. */
        RecipientList: {
            items: components["schemas"]["Person"][];
        };
        ReadMark: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            conversationId: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            lastReadAt: string;
        };
        UnreadCount: {
            /** @example 3 */
            total: number;
            /** @description Only conversations with unread messages. */
            byConversation: {
                /**
                 * Format: uuid
                 * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
                 */
                conversationId: string;
                count: number;
            }[];
        };
        Notification: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
            /**
             * @description ticket.assigned (a ticket was assigned to you), ticket.reply (a reply on your ticket) or announcement.
             * @example ticket.reply
             */
            kind: string;
            /** @description The ticket it is about, if any. */
            ticketId: string | null;
            /**
             * @description That ticket's number.
             * @example 1042
             */
            ticketNumber: number | null;
            /** @description The conversation it leads to (announcements). */
            conversationId: string | null;
            /**
             * @description Who caused it, as they were named then.
             * @example Sofía Martínez
             */
            actorName: string | null;
            /** @example #1042 The printer on the 2nd floor jams */
            text: string;
            /**
             * Format: date-time
             * @example 2026-12-05T09:30:00.000Z
             */
            createdAt: string;
            /** @description Null while unread. */
            readAt: string | null;
        };
        NotificationCount: {
            /** @example 3 */
            total: number;
        };
        ReadNotification: {
            /**
             * Format: uuid
             * @example 0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59
             */
            id: string;
        };
        ReadNotifications: {
            /** @description How many were unread until now. */
            updated: number;
        };
        /**
         * @description Every error answers this shape.
         * @example {
         *       "error": {
         *         "code": "PAYLOAD_TOO_LARGE",
         *         "message": "The request body is larger than 1024 KiB.",
         *         "requestId": "6f1d2c3b-4a59-4c2d-9a8e-0b6f5c1e3f1a"
         *       }
         *     }
         */
        "error.PAYLOAD_TOO_LARGE": {
            error: {
                /**
                 * @description A stable, machine-readable code.
                 * @example PAYLOAD_TOO_LARGE
                 */
                code: string;
                /** @description What went wrong, for a person to read. */
                message: string;
                /** @description Per input field, what is wrong with it (400 and 409 only). */
                fieldErrors?: {
                    [key: string]: string[];
                };
                /**
                 * Format: uuid
                 * @description Quote it when reporting a problem.
                 */
                requestId: string;
            };
        };
        /**
         * @description Every error answers this shape.
         * @example {
         *       "error": {
         *         "code": "UNSUPPORTED_MEDIA_TYPE",
         *         "message": "Send the body as JSON (Content-Type: application/json).",
         *         "requestId": "6f1d2c3b-4a59-4c2d-9a8e-0b6f5c1e3f1a"
         *       }
         *     }
         */
        "error.UNSUPPORTED_MEDIA_TYPE": {
            error: {
                /**
                 * @description A stable, machine-readable code.
                 * @example UNSUPPORTED_MEDIA_TYPE
                 */
                code: string;
                /** @description What went wrong, for a person to read. */
                message: string;
                /** @description Per input field, what is wrong with it (400 and 409 only). */
                fieldErrors?: {
                    [key: string]: string[];
                };
                /**
                 * Format: uuid
                 * @description Quote it when reporting a problem.
                 */
                requestId: string;
            };
        };
        /**
         * @description Every error answers this shape.
         * @example {
         *       "error": {
         *         "code": "TOO_MANY_REQUESTS",
         *         "message": "Too many messages. Try again in 42 seconds.",
         *         "requestId": "6f1d2c3b-4a59-4c2d-9a8e-0b6f5c1e3f1a"
         *       }
         *     }
         */
        "error.TOO_MANY_REQUESTS": {
            error: {
                /**
                 * @description A stable, machine-readable code.
                 * @example TOO_MANY_REQUESTS
                 */
                code: string;
                /** @description What went wrong, for a person to read. */
                message: string;
                /** @description Per input field, what is wrong with it (400 and 409 only). */
                fieldErrors?: {
                    [key: string]: string[];
                };
                /**
                 * Format: uuid
                 * @description Quote it when reporting a problem.
                 */
                requestId: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "health-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ok";
                        /**
                         * Format: date-time
                         * @example 2026-12-05T09:30:00.000Z
                         */
                        time: string;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "health-db": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reachable: boolean;
                        /** @example 1.4 */
                        latencyMs: number | null;
                        /** @description Migrations not applied yet: empty when up to date. */
                        pendingMigrations: string[];
                        error: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "auth-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    username: string;
                    fullName: string;
                    password: string;
                    /** @enum {string} */
                    locale?: "en" | "es";
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "auth-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    login: string;
                    password: string;
                    device?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "auth-refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refreshToken: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "auth-logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revoked: number;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "auth-logoutAll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revoked: number;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "me-get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentUser"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "me-update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fullName?: string;
                    bio?: string;
                    phone?: string;
                    /** @enum {string} */
                    locale?: "en" | "es";
                    avatarColor?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "me-changePassword": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        otherSessionsRevoked: number;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "me-permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyPermissions"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "sessions-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Session"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "sessions-revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revoked: number;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "settings-get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "settings-update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    registrationEnabled: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "users-admins": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string | null;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["UserOption"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "users-staff": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string | null;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["UserOption"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "users-requesters": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string | null;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["UserOption"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "users-list": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string | null;
                search?: string;
                roleId?: string;
                active?: boolean;
                organizationId?: string;
                locationId?: string;
                sort?: "createdAt" | "fullName" | "email" | "username";
                direction?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AdminUser"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "users-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    username: string;
                    fullName: string;
                    password?: string;
                    roleIds: string[];
                    organizationId?: string | null;
                    locationId?: string | null;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserCreated"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "users-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDetail"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "users-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDeleted"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "users-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email?: string;
                    username?: string;
                    fullName?: string;
                    bio?: string;
                    phone?: string;
                    /** @enum {string} */
                    locale?: "en" | "es";
                    organizationId?: string | null;
                    locationId?: string | null;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "users-setActive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "users-setSuperuser": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    isSuperuser: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "users-setRoles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roleIds: string[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "users-resetPassword": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordReset"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "roles-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Role"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "roles-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    permissions: ("dashboard.read" | "tickets.read.all" | "tickets.read.organization" | "tickets.create" | "tickets.update" | "tickets.assign" | "tickets.status" | "tickets.delete" | "tickets.internal" | "comments.moderate" | "views.share" | "users.read" | "users.manage" | "roles.manage" | "organizations.manage" | "catalogs.manage" | "settings.manage" | "audit.read" | "messages.send" | "messages.broadcast")[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "roles-permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionCatalog"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "roles-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "roles-delete": {
        parameters: {
            query?: {
                force?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleDeleted"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "roles-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    permissions?: ("dashboard.read" | "tickets.read.all" | "tickets.read.organization" | "tickets.create" | "tickets.update" | "tickets.assign" | "tickets.status" | "tickets.delete" | "tickets.internal" | "comments.moderate" | "views.share" | "users.read" | "users.manage" | "roles.manage" | "organizations.manage" | "catalogs.manage" | "settings.manage" | "audit.read" | "messages.send" | "messages.broadcast")[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "organizations-list": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string | null;
                search?: string;
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Organization"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "organizations-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    domain?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "organizations-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "organizations-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryEntryDeleted"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "organizations-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    domain?: string;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "locations-list": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string | null;
                search?: string;
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Location"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "locations-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "locations-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "locations-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryEntryDeleted"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "locations-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Catalogs"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-statuses-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    nameEs: string;
                    /** @enum {string} */
                    category: "open" | "pending" | "resolved" | "closed";
                    color?: string;
                    isDefault?: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogStatus"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-statuses-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    nameEs?: string;
                    /** @enum {string} */
                    category?: "open" | "pending" | "resolved" | "closed";
                    color?: string;
                    isDefault?: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogStatus"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-statuses-setActive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogStatus"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-statuses-reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogStatus"][];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-priorities-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    nameEs: string;
                    color?: string;
                    responseMinutes: number;
                    resolutionMinutes: number;
                    isDefault?: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogPriority"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-priorities-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    nameEs?: string;
                    color?: string;
                    responseMinutes?: number;
                    resolutionMinutes?: number;
                    isDefault?: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogPriority"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-priorities-setActive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogPriority"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-priorities-reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogPriority"][];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-criticalities-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    nameEs: string;
                    color?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogCriticality"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-criticalities-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    nameEs?: string;
                    color?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogCriticality"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-criticalities-setActive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogCriticality"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-criticalities-reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogCriticality"][];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-categories-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    nameEs: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogCategory"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-categories-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    nameEs?: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogCategory"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-categories-setActive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogCategory"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-categories-reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogCategory"][];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-problemTypes-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    nameEs: string;
                    categoryId?: string | null;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogProblemType"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-problemTypes-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    nameEs?: string;
                    categoryId?: string | null;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogProblemType"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-problemTypes-setActive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogProblemType"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "catalogs-problemTypes-reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogProblemType"][];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "tickets-list": {
        parameters: {
            query?: {
                search?: string;
                statusIds?: string[];
                statusCategories?: ("open" | "pending" | "resolved" | "closed")[];
                priorityIds?: string[];
                criticalityIds?: string[];
                categoryIds?: string[];
                problemTypeIds?: string[];
                assignee?: "me" | "unassigned" | string;
                requesterId?: string;
                organizationId?: string;
                locationId?: string;
                tags?: string[];
                createdFrom?: string;
                createdTo?: string;
                sla?: "due_soon" | "breached";
                sort?: "createdAt" | "updatedAt" | "number" | "priority" | "dueAt" | "relevance";
                direction?: "asc" | "desc";
                limit?: number;
                cursor?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketPage"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "tickets-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    description: string;
                    categoryId?: string | null;
                    problemTypeId?: string | null;
                    priorityId?: string | null;
                    criticalityId?: string | null;
                    locationId?: string | null;
                    tags?: string[];
                    /** Format: uuid */
                    requesterId?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "tickets-get": {
        parameters: {
            query?: {
                number?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketDetail"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "tickets-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedTicket"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "tickets-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    description?: string;
                    /** Format: uuid */
                    priorityId?: string;
                    criticalityId?: string | null;
                    categoryId?: string | null;
                    problemTypeId?: string | null;
                    locationId?: string | null;
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "tickets-assign": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assigneeId: string | null;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "tickets-setStatus": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    statusId: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "tickets-bulkUpdate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                    assigneeId?: string | null;
                    /** Format: uuid */
                    statusId?: string;
                    /** Format: uuid */
                    priorityId?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketBulkResult"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "tickets-history": {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TicketHistoryEntry"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "comments-list": {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Comment"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "comments-create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @default false */
                    internal?: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "comments-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedComment"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "comments-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "views-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SavedView"][];
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "views-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description The filters and order of GET /tickets as one object, lists as arrays (no `limit` or `cursor`). Stored as parsed: defaults filled in, unknown keys dropped. */
                    filters: {
                        search?: string;
                        statusIds?: string[];
                        statusCategories?: ("open" | "pending" | "resolved" | "closed")[];
                        priorityIds?: string[];
                        criticalityIds?: string[];
                        categoryIds?: string[];
                        problemTypeIds?: string[];
                        assignee?: "me" | "unassigned" | string;
                        /** Format: uuid */
                        requesterId?: string;
                        /** Format: uuid */
                        organizationId?: string;
                        /** Format: uuid */
                        locationId?: string;
                        tags?: string[];
                        createdFrom?: string;
                        createdTo?: string;
                        /** @enum {string} */
                        sla?: "due_soon" | "breached";
                        /**
                         * @default createdAt
                         * @enum {string}
                         */
                        sort?: "createdAt" | "updatedAt" | "number" | "priority" | "dueAt" | "relevance";
                        /**
                         * @default desc
                         * @enum {string}
                         */
                        direction?: "asc" | "desc";
                    };
                    /** @default false */
                    shared?: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "views-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedView"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "views-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description The filters and order of GET /tickets as one object, lists as arrays (no `limit` or `cursor`). Stored as parsed: defaults filled in, unknown keys dropped. */
                    filters?: {
                        search?: string;
                        statusIds?: string[];
                        statusCategories?: ("open" | "pending" | "resolved" | "closed")[];
                        priorityIds?: string[];
                        criticalityIds?: string[];
                        categoryIds?: string[];
                        problemTypeIds?: string[];
                        assignee?: "me" | "unassigned" | string;
                        /** Format: uuid */
                        requesterId?: string;
                        /** Format: uuid */
                        organizationId?: string;
                        /** Format: uuid */
                        locationId?: string;
                        tags?: string[];
                        createdFrom?: string;
                        createdTo?: string;
                        /** @enum {string} */
                        sla?: "due_soon" | "breached";
                        /**
                         * @default createdAt
                         * @enum {string}
                         */
                        sort?: "createdAt" | "updatedAt" | "number" | "priority" | "dueAt" | "relevance";
                        /**
                         * @default desc
                         * @enum {string}
                         */
                        direction?: "asc" | "desc";
                    };
                    shared?: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "dashboard-stats": {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardStats"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "audit-list": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string | null;
                entityType?: string;
                entityId?: string;
                actorId?: string;
                action?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEntry"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "messages-conversations": {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Conversation"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "messages-history": {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path: {
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Message"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "messages-recipients": {
        parameters: {
            query?: {
                search?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientList"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "messages-send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    recipientId?: string;
                    /** Format: uuid */
                    conversationId?: string;
                    body: string;
                    /** Format: uuid */
                    parentId?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "messages-broadcast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "messages-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "messages-edit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.PAYLOAD_TOO_LARGE"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNSUPPORTED_MEDIA_TYPE"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.TOO_MANY_REQUESTS"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "messages-markRead": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadMark"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "messages-unreadCount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "notifications-list": {
        parameters: {
            query?: {
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Notification"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "notifications-unreadCount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationCount"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.NOT_FOUND"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "notifications-markRead": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadNotification"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
    "notifications-markAllRead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadNotifications"];
                };
            };
            /** @description Invalid input data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.BAD_REQUEST"];
                };
            };
            /** @description Authorization not provided */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.UNAUTHORIZED"];
                };
            };
            /** @description Insufficient access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.FORBIDDEN"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error.INTERNAL_SERVER_ERROR"];
                };
            };
        };
    };
}
