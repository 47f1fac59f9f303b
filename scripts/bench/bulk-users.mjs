import pg from "pg";

/** `count` requesters with realistic names, spread so that a surname matches about 1 user in 30. */
export async function bulkUsers(databaseUrl, count) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const first = [
    "Ana",
    "Luis",
    "María",
    "José",
    "Carmen",
    "Jorge",
    "Lucía",
    "Pedro",
    "Sofía",
    "Diego",
    "Elena",
    "Pablo",
    "Laura",
    "Miguel",
    "Paula",
    "Andrés",
    "Marta",
    "Raúl",
    "Julia",
    "Hugo",
  ];
  const last = [
    "García",
    "López",
    "Martínez",
    "Rodríguez",
    "Pérez",
    "Gómez",
    "Sánchez",
    "Díaz",
    "Torres",
    "Ramírez",
    "Flores",
    "Rivera",
    "Morales",
    "Ortiz",
    "Castillo",
    "Romero",
    "Herrera",
    "Medina",
    "Vargas",
    "Castro",
    "Ruiz",
    "Mendoza",
    "Aguilar",
    "Reyes",
    "Cruz",
    "Navarro",
    "Molina",
    "Delgado",
    "Vega",
    "Campos",
  ];
  await client.query(
    `INSERT INTO "User" (id, email, username, "passwordHash", "fullName", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'bulk' || g || '@bulk.test', 'bulk' || g, '!',
            ($1::text[])[1 + g % 20] || ' ' || ($2::text[])[1 + (g / 20) % 30],
            now() - make_interval(secs => g), now()
       FROM generate_series(1, $3::int) g`,
    [first, last, count],
  );
  await client.query(
    `INSERT INTO "UserRole" ("userId", "roleId") SELECT u.id, r.id FROM "User" u, "Role" r WHERE r.name = 'requester' AND u.email LIKE 'bulk%@bulk.test'`,
  );
  await client.query(`ANALYZE "User"; ANALYZE "UserRole"`);
  await client.end();
}
