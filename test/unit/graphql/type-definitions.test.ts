import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLEnumType, GraphQLObjectType, GraphQLSchema, GraphQLUnionType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';

const schemaDirectory = join(import.meta.dirname, '..', '..', '..', 'schema');

/** All `.graphql` files directly in schema/, sorted by name (schema/generated/ is a folder, not read). */
function readTypeDefinitions(): string {
  return readdirSync(schemaDirectory, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.graphql'))
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(join(schemaDirectory, name), 'utf8'))
    .join('\n');
}

function fieldNames(schema: GraphQLSchema, typeName: string): string[] {
  const type = schema.getType(typeName);
  if (type === undefined || type === null || !('getFields' in type)) throw new Error(`${typeName} is not an object type`);
  return Object.keys((type as GraphQLObjectType).getFields());
}

function enumValues(schema: GraphQLSchema, typeName: string): string[] {
  const type = schema.getType(typeName);
  if (type === undefined || type === null || !('getValues' in type)) throw new Error(`${typeName} is not an enum`);
  return (type as GraphQLEnumType).getValues().map((value) => value.name);
}

// Types are inspected by shape, not with graphql's `is…Type` helpers: @neo4j/graphql builds the schema
// with graphql's CommonJS build, and vitest may load the ES module build here.
function unionMembers(schema: GraphQLSchema, typeName: string): string[] {
  const type = schema.getType(typeName);
  if (type === undefined || type === null || !('getTypes' in type)) throw new Error(`${typeName} is not a union`);
  return (type as GraphQLUnionType).getTypes().map((member) => member.name);
}

describe('the type definitions in schema/', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    const neo4jGraphQL = new Neo4jGraphQL({
      typeDefs: readTypeDefinitions(),
      features: {
        excludeDeprecatedFields: {
          mutationOperations: true,
          aggregationFilters: true,
          aggregationFiltersOutsideConnection: true,
          relationshipFilters: true,
          attributeFilters: true,
        },
      },
    });
    schema = await neo4jGraphQL.getSchema();
  });

  it('build a schema with @neo4j/graphql without a database', () => {
    expect(schema.getQueryType()?.getFields()).toHaveProperty('leaders');
  });

  it('keep the contract fields of Leader, Department, Counterpart and Document', () => {
    expect(fieldNames(schema, 'Leader')).toEqual(expect.arrayContaining(['name', 'title', 'liaisons']));
    expect(fieldNames(schema, 'Department')).toEqual(expect.arrayContaining(['name', 'fullName', 'aliases', 'liaisons']));
    expect(fieldNames(schema, 'Counterpart')).toEqual(expect.arrayContaining(['name', 'party', 'kind', 'fullName']));
    expect(fieldNames(schema, 'Document')).toEqual(expect.arrayContaining(['number', 'title', 'issuer', 'issuedAt']));
  });

  it('give liaisons the Liaison relationship properties with kind, period and provenance', () => {
    expect(fieldNames(schema, 'Liaison')).toEqual(
      expect.arrayContaining(['kind', 'validFrom', 'validTo', 'sourceDocument', 'sourceLine', 'sourceText']),
    );
    expect(enumValues(schema, 'LiaisonKind')).toEqual(['FORMAL', 'GENERAL', 'WORKING_CONTACT']);
    expect(fieldNames(schema, 'LeaderLiaisonsRelationship')).toContain('properties');
    expect(fieldNames(schema, 'DepartmentLiaisonsRelationship')).toContain('properties');
  });

  it('type a counterpart as a party or the federation', () => {
    expect(enumValues(schema, 'CounterpartKind')).toEqual(['PARTY', 'FEDERATION']);
  });

  it('name every role, activity kind and document kind of the records format', () => {
    expect(enumValues(schema, 'RoleKind')).toEqual([
      'MAYOR',
      'EXECUTIVE_VICE_MAYOR',
      'VICE_MAYOR',
      'HEAD',
      'LEADER_IN_CHARGE',
      'LIAISON_OFFICER',
      'MEMBER',
      'SPECIAL_SUPERVISOR',
    ]);
    expect(enumValues(schema, 'ActivityKind')).toHaveLength(16);
    expect(enumValues(schema, 'ActivityKind')).toEqual(
      expect.arrayContaining(['SYMPOSIUM', 'JOINT_MEETING', 'LAW_ENFORCEMENT_INSPECTION', 'CONDUCT_REVIEW', 'CONSULTATION', 'OTHER']),
    );
    expect(enumValues(schema, 'DocumentKind')).toEqual([
      'POLICY',
      'REGULATORY',
      'BRIEF',
      'PERIODICAL',
      'WORK_PLAN',
      'ANNUAL_SUMMARY',
      'NOTICE',
      'OTHER',
    ]);
  });

  it('model jurisdictions, offices, people, roles, activities, supersession and provenance', () => {
    expect(fieldNames(schema, 'Jurisdiction')).toEqual(expect.arrayContaining(['name', 'parent', 'children', 'departments']));
    expect(fieldNames(schema, 'Office')).toEqual(expect.arrayContaining(['name', 'fullName', 'aliases']));
    expect(fieldNames(schema, 'Role')).toEqual(
      expect.arrayContaining(['kind', 'section', 'validFrom', 'validTo', 'holder', 'organisation', 'party', 'dataset', 'sourceRow']),
    );
    expect(fieldNames(schema, 'Activity')).toEqual(
      expect.arrayContaining(['date', 'kind', 'title', 'organiser', 'chair', 'participants', 'counterparts', 'sourceSheet']),
    );
    expect(fieldNames(schema, 'Document')).toEqual(
      expect.arrayContaining(['kind', 'year', 'recipients', 'issuedBy', 'supersedes', 'supersededBy', 'liaisonCount']),
    );
    expect(unionMembers(schema, 'Organisation')).toEqual(['Office', 'Department', 'Counterpart']);
    expect(unionMembers(schema, 'Individual')).toEqual(['Person', 'Leader']);
  });

  it('generate no custom search query (the api layer adds it)', () => {
    expect(schema.getQueryType()?.getFields()).not.toHaveProperty('search');
  });
});
