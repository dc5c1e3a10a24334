import { describe, expect, it } from 'vitest';
import { jarAppName, loggedAppName, resourcesAppName } from './spring-app-name';
import { jdkFs } from './test-projects';

const texts = (name: string, text: string) => ({ [`BOOT-INF/classes/${name}`]: text });

describe('spring.application.name', () => {
  it('reads application.properties in its =, : and space forms, skipping comments', () => {
    expect(jarAppName(texts('application.properties', 'spring.application.name=demo\n'))).toBe(
      'demo',
    );
    expect(
      jarAppName(texts('application.properties', '# x\nspring.application.name : shop \n')),
    ).toBe('shop');
    expect(jarAppName(texts('application.properties', 'spring.application.name api\n'))).toBe(
      'api',
    );
    expect(
      jarAppName(texts('application.properties', '#spring.application.name=no\n')),
    ).toBeUndefined();
  });

  it('reads application.yml nested or flat, with quotes and comments', () => {
    const nested =
      'server:\n  port: 8081\nspring:\n  datasource:\n    url: x\n  application:\n    name: "orders" # the service\n';
    expect(jarAppName(texts('application.yml', nested))).toBe('orders');
    expect(jarAppName(texts('application.yaml', 'spring.application.name: flat\n'))).toBe('flat');
    expect(
      jarAppName(texts('application.yml', 'spring:\n  application:\n    admin: true\nname: no\n')),
    ).toBeUndefined();
  });

  it('prefers application.properties to application.yml, as Boot does', () => {
    expect(
      jarAppName({
        ...texts('application.yml', 'spring:\n  application:\n    name: yml\n'),
        ...texts('application.properties', 'spring.application.name=props\n'),
      }),
    ).toBe('props');
  });

  it('reads an extracted BOOT-INF/classes folder', () => {
    const fs = jdkFs({ 'BOOT-INF/classes/application.properties': 'spring.application.name=x\n' });
    expect(resourcesAppName(fs, '/app/BOOT-INF/classes')).toBe('x');
    expect(resourcesAppName(fs, '/nowhere')).toBeUndefined();
  });

  it('lets SPRING_APPLICATION_NAME in the environment win', () => {
    expect(loggedAppName({ SPRING_APPLICATION_NAME: 'env' }, 'props')).toBe('env');
    expect(loggedAppName({}, 'props')).toBe('props');
    expect(loggedAppName({}, undefined)).toBeUndefined();
  });
});
