/** The PHP toolchain of the official php and composer images, as shell Programs by name. */
import type { Program } from '../../shell/program';
import { a2Program } from './apache';
import { apacheCtlProgram } from './apache-ctl';
import { composerProgram } from './composer/composer';
import {
  dockerPhpExtConfigureProgram,
  dockerPhpExtEnableProgram,
  dockerPhpExtInstallProgram,
  dockerPhpSourceProgram,
} from './docker-php';
import { peclProgram } from './pecl';
import { phpProgram } from './php';

export function phpPrograms(): [string[], Program][] {
  return [
    [['php'], phpProgram],
    [['docker-php-source'], dockerPhpSourceProgram],
    [['docker-php-ext-configure'], dockerPhpExtConfigureProgram],
    [['docker-php-ext-install'], dockerPhpExtInstallProgram],
    [['docker-php-ext-enable'], dockerPhpExtEnableProgram],
    [['pecl'], peclProgram],
    [['composer', 'composer.phar'], composerProgram],
    [['a2enmod'], a2Program('module', true)],
    [['a2dismod'], a2Program('module', false)],
    [['a2ensite'], a2Program('site', true)],
    [['a2dissite'], a2Program('site', false)],
    [['a2enconf'], a2Program('conf', true)],
    [['a2disconf'], a2Program('conf', false)],
    [['apache2ctl', 'apachectl'], apacheCtlProgram],
  ];
}
